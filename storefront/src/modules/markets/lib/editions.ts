import {
  editionStatus,
  type EditionParticipant,
  type EditionStatus,
  type ProgramItem,
  type StoreEditionSummary,
} from "@tadamon/shared/contracts/store"
import { LOCALE_TAGS, type Locale } from "@tadamon/shared/i18n"

/**
 * What the markets pages do with editions: group them by status (worked out from the dates at
 * render time, in Morocco's time zone), pick the one the home page features, order the program and
 * the stands, and write dates in the reader's language. Pure, unit-tested in test/markets.test.ts.
 */

export type EditionsByStatus<T> = Record<EditionStatus, T[]>

/**
 * Open editions (the one closing first first), upcoming ones (the next first) and closed ones (the
 * latest first).
 */
export function groupByStatus<T extends Pick<StoreEditionSummary, "starts_on" | "ends_on">>(
  editions: readonly T[],
  at: Date = new Date()
): EditionsByStatus<T> {
  const groups: EditionsByStatus<T> = { open: [], upcoming: [], closed: [] }
  for (const edition of editions) {
    groups[editionStatus(edition, at)].push(edition)
  }
  groups.open.sort((a, b) => a.ends_on.localeCompare(b.ends_on))
  groups.upcoming.sort((a, b) => a.starts_on.localeCompare(b.starts_on))
  groups.closed.sort((a, b) => b.ends_on.localeCompare(a.ends_on))
  return groups
}

/** The home page's edition: the open one, else the next to come, else the one that closed last. */
export function featuredEdition<T extends Pick<StoreEditionSummary, "starts_on" | "ends_on">>(
  editions: readonly T[],
  at: Date = new Date()
): T | null {
  const groups = groupByStatus(editions, at)
  return groups.open[0] ?? groups.upcoming[0] ?? groups.closed[0] ?? null
}

export type ProgramDay = { day: string; items: ProgramItem[] }

/** The program one day after the other, each day's items by starting time. */
export function programByDay(program: readonly ProgramItem[]): ProgramDay[] {
  const days = new Map<string, ProgramItem[]>()
  for (const item of [...program].sort((a, b) => a.day.localeCompare(b.day) || a.starts_at.localeCompare(b.starts_at))) {
    const items = days.get(item.day) ?? []
    items.push(item)
    days.set(item.day, items)
  }
  return [...days].map(([day, items]) => ({ day, items }))
}

/** Stands in their number's order ("2" before "10", "A3" before "B1"). */
export function sortByStand(participants: readonly EditionParticipant[]): EditionParticipant[] {
  return [...participants].sort((a, b) =>
    a.stand_number.localeCompare(b.stand_number, "en", { numeric: true, sensitivity: "base" })
  )
}

/** A `YYYY-MM-DD` day as a date at noon UTC: the same calendar day in every time zone's formatting below. */
function calendarDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`)
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { ...options, timeZone: "UTC" })
}

/** "19–26 December 2026", "19 décembre 2026 – 2 janvier 2027", "19–26 دجنبر 2026". */
export function formatDateRange(startsOn: string, endsOn: string, locale: Locale): string {
  const format = dateFormat(locale, { day: "numeric", month: "long", year: "numeric" })
  return startsOn === endsOn ? format.format(calendarDay(startsOn)) : format.formatRange(calendarDay(startsOn), calendarDay(endsOn))
}

/** "Saturday 19 December" in the reader's language: a program day's heading. */
export function formatProgramDay(day: string, locale: Locale): string {
  return dateFormat(locale, { weekday: "long", day: "numeric", month: "long" }).format(calendarDay(day))
}

/** "19 December 2026": one date in a sentence. */
export function formatDay(day: string, locale: Locale): string {
  return dateFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(calendarDay(day))
}
