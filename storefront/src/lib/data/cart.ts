import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StoreCooperativeShippingResponse } from "@tadamon/shared/contracts/store"
import { LOCALE_TAGS, type Locale } from "@tadamon/shared/i18n"
import { FetchError } from "@medusajs/js-sdk"
import { after } from "next/server"
import { cache } from "react"
import { getCartId, getSessionToken } from "../cookies"
import { storeSend } from "../store-send"
import { itemCount } from "../util/cart"
import { nullWhenNotFound, visitorGet } from "./store-fetch"

/**
 * The cart for the cart and checkout pages: Medusa's default store fields (items, totals,
 * addresses, shipping methods, payment sessions) plus line totals and shipping method names.
 */
const CART_FIELDS = "+items.subtotal,+items.total,+shipping_methods.name"

/** What the header needs: how many items, and the cart's language. */
const SUMMARY_FIELDS = "id,locale,completed_at,items.id,items.quantity"

/** Medusa 2.21 carts carry a locale (BCP 47), which `HttpTypes.StoreCart` does not declare yet. */
type StoreCart = HttpTypes.StoreCart & { locale?: string | null }

/** A cart the visitor can still change: null when there is none, it is gone, or it became an order. */
function open(cart: StoreCart | null): StoreCart | null {
  return cart && !cart.completed_at ? cart : null
}

async function readCart(id: string, locale: Locale | undefined, fields: string): Promise<StoreCart | null> {
  const response = await nullWhenNotFound(
    visitorGet<{ cart: StoreCart }>(`/store/carts/${encodeURIComponent(id)}`, { locale, query: { fields } })
  )
  return open(response?.cart ?? null)
}

/**
 * The visitor's open cart (once per request), or null. Read for a page in another language than
 * the cart's, the cart switches first, so its lines come back translated (Medusa re-translates
 * them when the cart's locale changes).
 */
export const retrieveCart = cache(async (locale?: Locale): Promise<HttpTypes.StoreCart | null> => {
  const id = await getCartId()
  const cart = id ? await readCart(id, locale, CART_FIELDS) : null
  if (!cart || !locale || cart.locale === LOCALE_TAGS[locale]) {
    return cart
  }
  const switched = await storeSend<{ cart: StoreCart }>(`/store/carts/${encodeURIComponent(cart.id)}`, {
    body: { locale: LOCALE_TAGS[locale] },
    query: { fields: CART_FIELDS },
    locale,
  })
  return switched.ok ? switched.data.cart : cart
})

export type CartSummary = { id: string; itemCount: number }

/**
 * The header's cart: the number of items. When the visitor reads the site in another language
 * than the cart's (they used the language switch), the cart follows, since line items and emails
 * use the cart's locale: the update runs after the response, so no page waits for it.
 */
export async function getCartSummary(locale: Locale): Promise<CartSummary | null> {
  const id = await getCartId()
  if (!id) {
    return null
  }
  let cart: StoreCart | null
  try {
    cart = await readCart(id, locale, SUMMARY_FIELDS)
  } catch (error) {
    // The header never fails a page: without the backend it shows the cart link without a count.
    if (error instanceof FetchError || error instanceof TypeError) {
      return null
    }
    throw error
  }
  if (!cart) {
    return null
  }
  const tag = LOCALE_TAGS[locale]
  if (cart.locale !== tag) {
    const token = (await getSessionToken()) ?? null
    const path = `/store/carts/${encodeURIComponent(cart.id)}`
    after(() => storeSend(path, { body: { locale: tag }, locale, token }))
  }
  return { id: cart.id, itemCount: itemCount(cart.items) }
}

/**
 * The cart's lines grouped by cooperative, each with its shipping options and the chosen one
 * (`GET /store/carts/:id/cooperative-shipping`).
 */
export async function getCooperativeShipping(cartId: string, locale: Locale): Promise<StoreCooperativeShippingResponse> {
  return visitorGet<StoreCooperativeShippingResponse>(`/store/carts/${encodeURIComponent(cartId)}/cooperative-shipping`, {
    locale,
  })
}
