import "server-only"
import type { Attribution } from "@tadamon/shared/contracts/store"
import { cookies } from "next/headers"
import { ATTRIBUTION_COOKIE, parseAttribution } from "./attribution"
import { cookieSecure } from "./env"
import { tokenLifetime } from "./util/jwt"

/**
 * The storefront's cookies, all httpOnly (never readable by client script), sameSite=lax and
 * Secure in production. Reading works in server components; writing only in server actions and
 * route handlers.
 *
 * - `tadamon_cart`: the visitor's cart id (30 days).
 * - `tadamon_session`: the customer's Medusa JWT, for as long as the token is valid.
 * - `tadamon_order`: reference and email of the order just placed or looked up (1 hour), so the
 *   confirmation page can read the group without putting the email in the URL.
 * - `tadamon_member`: a cooperative member's Medusa JWT (the `member` actor) for the cooperative
 *   portal, for as long as the token is valid. Never the customer's session: a person can be signed
 *   in as both, and neither token is ever sent where the other belongs.
 * - `tadamon_attribution`: the market edition and door (stand QR code, edition page) of the visit
 *   that brought the visitor (30 days from that visit), copied to the cart's metadata. The proxy
 *   writes it (`attribution-proxy.ts`, same options as here), since landing pages cannot.
 */
const CART = "tadamon_cart"
const SESSION = "tadamon_session"
const ORDER = "tadamon_order"
const MEMBER = "tadamon_member"

const CART_MAX_AGE = 60 * 60 * 24 * 30
const ORDER_MAX_AGE = 60 * 60

function options(maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, secure: cookieSecure(), path: "/", maxAge }
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART)?.value || undefined
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART, id, options(CART_MAX_AGE))
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete({ name: CART, path: "/" })
}

export async function getSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION)?.value || undefined
}

export async function setSessionToken(token: string): Promise<void> {
  ;(await cookies()).set(SESSION, token, options(tokenLifetime(token)))
}

export async function clearSessionToken(): Promise<void> {
  ;(await cookies()).delete({ name: SESSION, path: "/" })
}

/** An order group the visitor may see without an account: reference and the email it was placed with. */
export type OrderAccess = { reference: string; email: string }

export async function getOrderAccess(): Promise<OrderAccess | null> {
  const value = (await cookies()).get(ORDER)?.value
  if (!value) {
    return null
  }
  try {
    const parsed: unknown = JSON.parse(value)
    if (
      typeof parsed === "object" &&
      parsed !== null &&
      "reference" in parsed &&
      "email" in parsed &&
      typeof parsed.reference === "string" &&
      typeof parsed.email === "string"
    ) {
      return { reference: parsed.reference, email: parsed.email }
    }
  } catch {
    // A cookie we did not write: ignore it.
  }
  return null
}

export async function setOrderAccess(order: OrderAccess): Promise<void> {
  ;(await cookies()).set(ORDER, JSON.stringify(order), options(ORDER_MAX_AGE))
}

export async function getMemberToken(): Promise<string | undefined> {
  return (await cookies()).get(MEMBER)?.value || undefined
}

export async function setMemberToken(token: string): Promise<void> {
  ;(await cookies()).set(MEMBER, token, options(tokenLifetime(token)))
}

export async function clearMemberToken(): Promise<void> {
  ;(await cookies()).delete({ name: MEMBER, path: "/" })
}

/** The edition and door the visitor came through (see `attribution.ts`), or null. */
export async function getAttribution(): Promise<Attribution | null> {
  return parseAttribution((await cookies()).get(ATTRIBUTION_COOKIE)?.value)
}
