/**
 * Market editions (the regions' mobile markets) and where an order came from: the contract
 * between the backend's `market` module, its Store and Admin routes, the storefront and the reports.
 */
import type { LocalizedText } from "./locales"

/** Derived from the dates, never stored: upcoming before the first day, open through the last, closed after. */
export const EDITION_STATUSES = ["upcoming", "open", "closed"] as const
export type EditionStatus = (typeof EDITION_STATUSES)[number]

/** The fair's days are Moroccan days. */
export const MARKET_TIME_ZONE = "Africa/Casablanca"

/** `YYYY-MM-DD` of an instant in Morocco. */
export function moroccanDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: MARKET_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
}

/** `YYYY-MM-DD` moved by whole days (calendar days: a Moroccan day's neighbours). */
export function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number)
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

const HOUR_MS = 60 * 60 * 1000

/**
 * The instant a Moroccan day (`YYYY-MM-DD`) begins: midnight in Morocco. Its clock is UTC+1, or
 * UTC+0 during Ramadan, and never changes at midnight; the first instant whose Moroccan day is
 * `day` is found among the offsets a clock can have.
 */
export function moroccanDayStart(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00.000Z`)
  for (const offsetHours of [1, 0, 2, -1]) {
    const candidate = new Date(utcMidnight - offsetHours * HOUR_MS)
    if (moroccanDay(candidate) === day && moroccanDay(new Date(candidate.getTime() - 1)) !== day) {
      return candidate
    }
  }
  return new Date(utcMidnight)
}

/** `starts_on` and `ends_on` are `YYYY-MM-DD`, both days included. */
export function editionStatus(edition: { starts_on: string; ends_on: string }, at: Date = new Date()): EditionStatus {
  const today = moroccanDay(at)
  if (today < edition.starts_on) {
    return "upcoming"
  }
  return today > edition.ends_on ? "closed" : "open"
}

export const PROGRAM_KINDS = ["workshop", "seminar", "performance", "other"] as const
export type ProgramKind = (typeof PROGRAM_KINDS)[number]

/** One item of an edition's program. Times are Moroccan wall-clock `HH:MM`. */
export type ProgramItem = {
  id: string
  kind: ProgramKind
  /** In the reader's language (Store API); all three in the Admin API. */
  title: string
  day: string
  starts_at: string
  ends_at: string | null
}

export type EditionParticipant = {
  stand_number: string
  cooperative: { id: string; handle: string; name: string; logo: string | null; sector: string; province: string }
}

/** `GET /store/editions?status=`: `{ editions: StoreEditionSummary[] }`, newest first. */
export type StoreEditionSummary = {
  id: string
  handle: string
  /** In the reader's language. */
  name: string
  /** Province code of packages/shared geography (e.g. `taounate`). */
  province: string
  /** In the reader's language. */
  venue: string
  starts_on: string
  ends_on: string
  status: EditionStatus
  participant_count: number
  /** The edition's rank in its series («الدورة الثانية» = 2), when it has one. Added with the backend. */
  edition_number?: number | null
}

/** `GET /store/editions/:handle`: `{ edition: StoreEdition }`. */
export type StoreEdition = StoreEditionSummary & {
  program: ProgramItem[]
  participants: EditionParticipant[]
}

/** The Admin API's edition: every translatable text in the three languages. */
export type AdminEdition = Omit<StoreEdition, "name" | "venue" | "program"> & {
  name: LocalizedText
  venue: LocalizedText
  program: Array<Omit<ProgramItem, "title"> & { title: LocalizedText }>
}

// ---------------------------------------------------------------------------------------------
// Attribution: which edition and which door an order came through
// ---------------------------------------------------------------------------------------------

/**
 * - `stand_qr`: the QR code on a cooperative's stand sheet;
 * - `edition_page`: "shop this market" on the edition's page;
 * - `other`: anything else (no attribution).
 */
export const ATTRIBUTION_CHANNELS = ["stand_qr", "edition_page", "other"] as const
export type AttributionChannel = (typeof ATTRIBUTION_CHANNELS)[number]

/** Query parameters a stand's QR code and the edition page's links carry. */
export const ATTRIBUTION_QUERY = { edition: "edition", channel: "via" } as const

/** Where the cart keeps it (`cart.metadata[ATTRIBUTION_METADATA_KEY]`) until the group stores it. */
export const ATTRIBUTION_METADATA_KEY = "tadamon_attribution"

export type Attribution = {
  /** The edition's handle as carried by the link; the backend resolves it to the edition's id. */
  edition: string
  channel: AttributionChannel
  /** The cooperative whose stand the code was on, when it came from a stand. */
  cooperative?: string | null
  /** When the visit happened (ISO). */
  at: string
}

/**
 * How long an edition can be credited with an order: from this many Moroccan days before its first
 * day (its page invites customers to shop the market before it opens) to this many after its last
 * (a visitor who met a stand orders once home). Outside, an order is `other`.
 */
export const ATTRIBUTION_WINDOW_DAYS = { before: 30, after: 30 } as const


/** Whether an order placed at `at` falls in the edition's attribution window. */
export function withinAttributionWindow(edition: { starts_on: string; ends_on: string }, at: Date = new Date()): boolean {
  const today = moroccanDay(at)
  return today >= shiftDay(edition.starts_on, -ATTRIBUTION_WINDOW_DAYS.before) && today <= shiftDay(edition.ends_on, ATTRIBUTION_WINDOW_DAYS.after)
}

/** The link a stand's QR code opens: the cooperative's shop, carrying the edition. */
export function standLink(storefrontUrl: string, locale: string, cooperativeHandle: string, editionHandle: string): string {
  const url = new URL(`/${locale}/cooperatives/${encodeURIComponent(cooperativeHandle)}`, storefrontUrl)
  url.searchParams.set(ATTRIBUTION_QUERY.edition, editionHandle)
  url.searchParams.set(ATTRIBUTION_QUERY.channel, "stand_qr")
  return url.toString()
}

/** Reads an attribution from a link's query, or null when it carries none (or a channel we do not know). */
export function attributionFromQuery(
  query: Record<string, string | string[] | undefined>,
  at: Date = new Date(),
  cooperative?: string | null
): Attribution | null {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const edition = first(query[ATTRIBUTION_QUERY.edition])?.trim()
  const channel = first(query[ATTRIBUTION_QUERY.channel])?.trim() as AttributionChannel | undefined
  if (!edition || !/^[a-z0-9-]{1,100}$/.test(edition)) {
    return null
  }
  const known = channel && (ATTRIBUTION_CHANNELS as readonly string[]).includes(channel) ? channel : "other"
  return { edition, channel: known, cooperative: cooperative ?? null, at: at.toISOString() }
}

// ---------------------------------------------------------------------------------------------
// Routes of the market module (added with the backend; additive to the contract above)
// ---------------------------------------------------------------------------------------------

/** `GET /store/editions?status=`. */
export type StoreEditionListResponse = { editions: StoreEditionSummary[] }
/** `GET /store/editions/:handle`. */
export type StoreEditionResponse = { edition: StoreEdition }

/** `GET /admin/editions`: every edition, newest first. */
export type AdminEditionListResponse = { editions: AdminEdition[]; count: number }
/** `GET /admin/editions/:id` and the answer of `POST /admin/editions` and `POST /admin/editions/:id`. */
export type AdminEditionResponse = { edition: AdminEdition }
/** `DELETE /admin/editions/:id`. */
export type AdminEditionDeleteResponse = { id: string; object: "edition"; deleted: true }
/** `GET /admin/editions/config`: what the Admin needs to link to the storefront. */
export type AdminEditionConfigResponse = { storefront_url: string }

/**
 * Body of `POST /admin/editions` (every field) and `POST /admin/editions/:id` (any field;
 * `participants` and `program`, when given, replace the edition's whole list).
 */
export type AdminEditionInput = {
  handle: string
  name: LocalizedText
  venue: LocalizedText
  province: string
  starts_on: string
  ends_on: string
  edition_number?: number | null
  participants?: Array<{ cooperative_id: string; stand_number: string }>
  program?: Array<{ kind: ProgramKind; title: LocalizedText; day: string; starts_at: string; ends_at?: string | null }>
}

/** The printable stand sheet of a cooperative at an edition (a storefront page, Arabic or French). */
export function standSheetUrl(storefrontUrl: string, locale: string, editionHandle: string, cooperativeHandle: string): string {
  const path = `/${locale}/markets/${encodeURIComponent(editionHandle)}/stands/${encodeURIComponent(cooperativeHandle)}`
  return new URL(path, storefrontUrl).toString()
}
