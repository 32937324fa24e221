import type { MedusaRequest } from "@medusajs/framework/http"
import { DEFAULT_LOCALE, localeFromTag, type Locale } from "@tadamon/shared"

/** The interface language of a request (`?locale=` or `x-medusa-locale`), Arabic by default. */
export function requestLocale(req: MedusaRequest): Locale {
  return localeFromTag(req.locale) ?? DEFAULT_LOCALE
}
