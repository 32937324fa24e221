import { createHmac, timingSafeEqual } from "node:crypto"
import { isLocale, type Locale } from "@tadamon/shared"

/** At most one digest a week per customer. */
export const DIGEST_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000

/** Whether a digest may go to a customer last sent one at `lastSentAt`, or never (null), by `now`. */
export function isDigestDue(lastSentAt: Date | null | undefined, now: Date): boolean {
  return !lastSentAt || now.getTime() - lastSentAt.getTime() >= DIGEST_INTERVAL_MS
}

/** The news a digest reports from: since the last digest, and no further back than a week. */
export function digestSince(lastSentAt: Date | null | undefined, now: Date): Date {
  const weekAgo = new Date(now.getTime() - DIGEST_INTERVAL_MS)
  return lastSentAt && lastSentAt > weekAgo ? lastSentAt : weekAgo
}

/** The digest's language: the customer's own if stored, else their last order group's, else Arabic. */
export function digestLocale(customerLocale: unknown, lastOrderLocale: unknown): Locale {
  for (const value of [customerLocale, lastOrderLocale]) {
    const short = typeof value === "string" ? value.slice(0, 2).toLowerCase() : ""
    if (isLocale(short)) {
      return short
    }
  }
  return "ar"
}

/** What a digest says about one followed cooperative; a cooperative with no news is left out. */
export type DigestCooperativeNews<P, E> = { products: P[]; editions: E[] }

/** Whether there is anything to send at all. */
export function hasNews<P, E>(news: Array<DigestCooperativeNews<P, E>>): boolean {
  return news.some((item) => item.products.length > 0 || item.editions.length > 0)
}

const TOKEN_PURPOSE = "favourites-digest-unsubscribe"

function signature(customerId: string, secret: string): string {
  return createHmac("sha256", secret).update(`${TOKEN_PURPOSE}:${customerId}`).digest("base64url")
}

/** The token of a digest's unsubscribe link: the customer's id and its HMAC, so no sign-in is needed. */
export function unsubscribeToken(customerId: string, secret: string): string {
  return `${Buffer.from(customerId, "utf8").toString("base64url")}.${signature(customerId, secret)}`
}

/** The customer a token unsubscribes, or null for a token this secret did not sign. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [encoded, signed, extra] = token.split(".")
  if (!encoded || !signed || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(encoded) || !/^[A-Za-z0-9_-]+$/.test(signed)) {
    return null
  }
  const customerId = Buffer.from(encoded, "base64url").toString("utf8")
  if (!/^cus_[A-Za-z0-9]+$/.test(customerId)) {
    return null
  }
  const expected = Buffer.from(signature(customerId, secret))
  const given = Buffer.from(signed)
  return expected.length === given.length && timingSafeEqual(expected, given) ? customerId : null
}
