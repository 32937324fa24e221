"use server"

import { LOCALE_TAGS, type Locale } from "@tadamon/shared/i18n"
import { refresh } from "next/cache"
import { getTranslations } from "next-intl/server"
import { attributeCart, newCartMetadata } from "../attribution-cart"
import { setCartId } from "../cookies"
import { retrieveCart } from "../data/cart"
import { getVariantStock } from "../data/products"
import { getMadRegion } from "../data/regions"
import { visitorHeaders } from "../data/store-fetch"
import { failure, formInteger, formLocale, formText, success, type FormState } from "../forms"
import { sdk } from "../sdk"
import { storeSend, type StoreFailure } from "../store-send"

const MAX_QUANTITY = 99

/**
 * A new cart in the MAD region and the page's language, remembered in the cart cookie. It carries
 * the market edition the visitor came through, if any (`metadata.tadamon_attribution`).
 */
async function createCart(locale: Locale): Promise<string> {
  const region = await getMadRegion()
  const { cart } = await sdk().store.cart.create(
    { region_id: region.id, locale: LOCALE_TAGS[locale], metadata: await newCartMetadata() },
    { fields: "id" },
    await visitorHeaders(locale)
  )
  await setCartId(cart.id)
  return cart.id
}

/**
 * Why Medusa refused a quantity, in the visitor's words: "only 3 left" when stock is short
 * (`insufficient_inventory`), a general message otherwise.
 */
async function quantityError(
  locale: Locale,
  result: StoreFailure,
  { productId, variantId, alreadyInCart }: { productId: string; variantId: string; alreadyInCart: number }
): Promise<string> {
  const t = await getTranslations({ locale, namespace: "cart" })
  if (result.code === "insufficient_inventory" || /inventory/i.test(result.message)) {
    const stock = productId ? await getVariantStock(productId, variantId).catch(() => null) : null
    if (stock === 0) {
      return t("soldOut")
    }
    if (stock !== null) {
      const left = stock - alreadyInCart
      return left > 0 ? t("onlyLeft", { count: left }) : t("allInCart", { count: stock })
    }
    return t("notEnoughStock")
  }
  return t("error")
}

/** Product page: adds the chosen variant and quantity to the cart (creating the cart if needed). */
export async function addToCart(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "cart" })
  const variantId = formText(formData, "variant_id")
  const productId = formText(formData, "product_id")
  const quantity = formInteger(formData, "quantity", 1, MAX_QUANTITY)
  if (!variantId || quantity === null) {
    return failure(t("invalidQuantity", { max: MAX_QUANTITY }))
  }
  try {
    const cart = await retrieveCart(locale)
    const cartId = cart?.id ?? (await createCart(locale))
    const alreadyInCart = (cart?.items ?? [])
      .filter((item) => item.variant_id === variantId)
      .reduce((sum, item) => sum + item.quantity, 0)
    const result = await storeSend(`/store/carts/${encodeURIComponent(cartId)}/line-items`, {
      body: { variant_id: variantId, quantity },
      query: { fields: "id" },
      locale,
    })
    if (!result.ok) {
      return failure(await quantityError(locale, result, { productId, variantId, alreadyInCart }))
    }
    if (cart) {
      // A cart made before the visit through a stand or an edition page takes that attribution now.
      await attributeCart(cart, locale)
    }
  } catch {
    return failure(t("error"))
  }
  refresh()
  return success(t("added", { count: quantity }))
}

/** Cart page: sets a line's quantity. */
export async function updateLineItem(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "cart" })
  const quantity = formInteger(formData, "quantity", 1, MAX_QUANTITY)
  const cart = await retrieveCart(locale).catch(() => null)
  const line = cart?.items?.find((item) => item.id === formText(formData, "line_id"))
  if (!cart || !line) {
    return failure(t("lineGone"))
  }
  if (quantity === null) {
    return failure(t("invalidQuantity", { max: MAX_QUANTITY }))
  }
  if (quantity !== line.quantity) {
    const result = await storeSend(`/store/carts/${encodeURIComponent(cart.id)}/line-items/${encodeURIComponent(line.id)}`, {
      body: { quantity },
      query: { fields: "id" },
      locale,
    })
    if (!result.ok) {
      return failure(
        await quantityError(locale, result, { productId: line.product_id ?? "", variantId: line.variant_id ?? "", alreadyInCart: 0 })
      )
    }
  }
  refresh()
  return success(t("updated"))
}

/** Cart page: removes a line. */
export async function removeLineItem(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "cart" })
  const cart = await retrieveCart(locale).catch(() => null)
  const line = cart?.items?.find((item) => item.id === formText(formData, "line_id"))
  if (cart && line) {
    const result = await storeSend(`/store/carts/${encodeURIComponent(cart.id)}/line-items/${encodeURIComponent(line.id)}`, {
      method: "DELETE",
      locale,
    })
    if (!result.ok) {
      return failure(t("error"))
    }
  }
  refresh()
  return success(t("removed"))
}
