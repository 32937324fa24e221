import "server-only"
import type { Locale } from "@tadamon/shared/i18n"
import { cartMetadataWithAttribution } from "./attribution"
import { getAttribution } from "./cookies"
import { visitorGet } from "./data/store-fetch"
import { storeSend } from "./store-send"

type CartMetadata = Record<string, unknown> | null | undefined

/**
 * The metadata a new cart starts with: the visitor's attribution (`tadamon_attribution` cookie),
 * or undefined when the visit came through no market door.
 */
export async function newCartMetadata(): Promise<Record<string, unknown> | undefined> {
  return cartMetadataWithAttribution(null, await getAttribution()) ?? undefined
}

/**
 * Writes the visitor's attribution into an existing cart's metadata unless the cart already holds
 * one that wins (first touch; a stand or an edition page replaces `other`). Attribution never
 * stops a purchase: a refusal leaves the cart as it was.
 *
 * `token`: the customer's token right after sign-in, when the session cookie is not readable yet.
 */
export async function attributeCart(
  cart: { id: string; metadata?: CartMetadata },
  locale: Locale,
  token?: string | null
): Promise<boolean> {
  const metadata = cartMetadataWithAttribution(cart.metadata, await getAttribution())
  if (!metadata) {
    return false
  }
  const result = await storeSend(`/store/carts/${encodeURIComponent(cart.id)}`, {
    body: { metadata },
    query: { fields: "id" },
    locale,
    token,
  })
  return result.ok
}

/** Same, for a cart known by its id only (the cart sign-in leaves): reads its metadata first. */
export async function attributeCartById(cartId: string, locale: Locale, token?: string | null): Promise<boolean> {
  if (!(await getAttribution())) {
    return false
  }
  let cart: { id: string; metadata?: CartMetadata; completed_at?: string | Date | null }
  try {
    ;({ cart } = await visitorGet<{ cart: typeof cart }>(`/store/carts/${encodeURIComponent(cartId)}`, {
      locale,
      query: { fields: "id,metadata,completed_at" },
      token,
    }))
  } catch {
    return false
  }
  return cart.completed_at ? false : attributeCart(cart, locale, token)
}
