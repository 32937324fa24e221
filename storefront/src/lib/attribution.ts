import {
  ATTRIBUTION_CHANNELS,
  ATTRIBUTION_METADATA_KEY,
  attributionFromQuery,
  type Attribution,
  type AttributionChannel,
} from "@tadamon/shared/contracts/store"

/**
 * Where a visit came from (a stand's QR code, an edition page's "shop this market" link), from
 * the landing link to the cart. Pure: the proxy (`attribution-proxy.ts`), the cookie reader
 * (`cookies.ts`) and the cart actions (`attribution-cart.ts`) share these rules.
 *
 * - The landing link carries `?edition=<handle>&via=stand_qr|edition_page` (`ATTRIBUTION_QUERY`).
 * - The proxy remembers it in the httpOnly cookie `tadamon_attribution` for 30 days.
 * - Creating a cart or adding a line writes it to `cart.metadata.tadamon_attribution`; the backend
 *   stores it with the order group when the cart is completed.
 * - First touch wins, in the cookie and in the cart, except that a stand's QR code or an edition's
 *   page replaces a visit that came through another door (`other`).
 */

export const ATTRIBUTION_COOKIE = "tadamon_attribution"

/** 30 days, counted from the first visit: a later visit that does not win does not extend it. */
export const ATTRIBUTION_MAX_AGE = 60 * 60 * 24 * 30

const EDITION_HANDLE = /^[a-z0-9-]{1,100}$/
const COOPERATIVE_HANDLE = /^[A-Za-z0-9_-]{1,200}$/

function isChannel(value: unknown): value is AttributionChannel {
  return typeof value === "string" && (ATTRIBUTION_CHANNELS as readonly string[]).includes(value)
}

/**
 * An attribution from a cookie value (JSON) or a cart's metadata entry (an object); null when it
 * is missing or is not one we wrote.
 */
export function parseAttribution(value: unknown): Attribution | null {
  let parsed: unknown = value
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value)
    } catch {
      return null
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return null
  }
  const record = parsed as Record<string, unknown>
  const { edition, channel, cooperative, at } = record
  if (typeof edition !== "string" || !EDITION_HANDLE.test(edition) || !isChannel(channel)) {
    return null
  }
  if (typeof at !== "string" || Number.isNaN(Date.parse(at))) {
    return null
  }
  const stand = typeof cooperative === "string" && COOPERATIVE_HANDLE.test(cooperative) ? cooperative : null
  return { edition, channel, cooperative: stand, at }
}

/** The plain record stored in the cookie (as JSON) and in the cart's metadata. */
export function attributionRecord(attribution: Attribution): Record<string, string | null> {
  return {
    edition: attribution.edition,
    channel: attribution.channel,
    cooperative: attribution.cooperative ?? null,
    at: attribution.at,
  }
}

export function serializeAttribution(attribution: Attribution): string {
  return JSON.stringify(attributionRecord(attribution))
}

/**
 * Which of two attributions to keep: the first one, unless it came through another door (`other`)
 * and the new one through a stand's QR code or an edition page. Returns `current` itself when it
 * stays, so callers can tell that nothing changed.
 */
export function preferAttribution(current: Attribution | null, incoming: Attribution | null): Attribution | null {
  if (!incoming) {
    return current
  }
  if (!current) {
    return incoming
  }
  return current.channel === "other" && incoming.channel !== "other" ? incoming : current
}

/**
 * The attribution a landing URL carries, or null. `pathname` is the request's path
 * (`/fr/cooperatives/nahl-ouergha`): when the link came from a stand and opens a cooperative's
 * page, that cooperative is the stand's.
 */
export function attributionFromUrl(
  pathname: string,
  searchParams: URLSearchParams,
  locales: readonly string[],
  at: Date = new Date()
): Attribution | null {
  const query: Record<string, string[]> = {}
  for (const [key, value] of searchParams) {
    ;(query[key] ??= []).push(value)
  }
  const attribution = attributionFromQuery(query, at)
  if (!attribution) {
    return null
  }
  if (attribution.channel === "stand_qr") {
    attribution.cooperative = cooperativeOfPath(pathname, locales)
  }
  return attribution
}

/** `/ar/cooperatives/<handle>` (or without the locale) → the handle; anything else → null. */
export function cooperativeOfPath(pathname: string, locales: readonly string[]): string | null {
  const segments = pathname.split("/").filter(Boolean)
  if (segments.length > 0 && locales.includes(segments[0])) {
    segments.shift()
  }
  if (segments.length !== 2 || segments[0] !== "cooperatives") {
    return null
  }
  let handle: string
  try {
    handle = decodeURIComponent(segments[1])
  } catch {
    return null
  }
  return COOPERATIVE_HANDLE.test(handle) ? handle : null
}

/**
 * The metadata to write on a cart so that it carries the visitor's attribution, or null when the
 * cart needs no change (no attribution, or the cart already holds one that wins). The cart's other
 * metadata entries are kept.
 */
export function cartMetadataWithAttribution(
  metadata: Record<string, unknown> | null | undefined,
  attribution: Attribution | null
): Record<string, unknown> | null {
  if (!attribution) {
    return null
  }
  const current = parseAttribution(metadata?.[ATTRIBUTION_METADATA_KEY])
  const kept = preferAttribution(current, attribution)
  if (kept === current) {
    return null
  }
  return { ...(metadata ?? {}), [ATTRIBUTION_METADATA_KEY]: attributionRecord(attribution) }
}
