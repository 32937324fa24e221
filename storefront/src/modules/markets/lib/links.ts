import { ATTRIBUTION_QUERY } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { localePath } from "@/lib/paths"

/** An edition's page: `/fr/markets/taounate-2`. */
export function editionPath(locale: Locale, editionHandle: string): string {
  return localePath(locale, `/markets/${encodeURIComponent(editionHandle)}`)
}

/** A participant's printable stand sheet: `/fr/markets/taounate-2/stands/nahl-ouergha`. */
export function standSheetPath(locale: Locale, editionHandle: string, cooperativeHandle: string): string {
  return `${editionPath(locale, editionHandle)}/stands/${encodeURIComponent(cooperativeHandle)}`
}

/**
 * "Shop this market": a participant's shop, carrying the edition and the door
 * (`?edition=<handle>&via=edition_page`), so the cart it fills is attributed to the edition.
 */
export function shopThisMarketPath(locale: Locale, cooperativeHandle: string, editionHandle: string): string {
  const search = new URLSearchParams({ [ATTRIBUTION_QUERY.edition]: editionHandle, [ATTRIBUTION_QUERY.channel]: "edition_page" })
  return `${localePath(locale, `/cooperatives/${encodeURIComponent(cooperativeHandle)}`)}?${search.toString()}`
}
