import type { MedusaRequest } from "@medusajs/framework/http"
import { DEFAULT_LOCALE, LOCALES, localeFromTag, type Locale } from "@tadamon/shared"

/**
 * The language a person reads a request's answer in: Medusa's (it resolves `?locale=` and
 * `x-medusa-locale` for `/store` routes), else the request's own `?locale=` or `x-medusa-locale`
 * (`/vendor`, `/admin`, and a request refused before Medusa's locale middleware), else the
 * browser's `Accept-Language` (the Admin's pages call the API from the organizer's browser), Arabic
 * by default.
 */
export function requestLocale(req: MedusaRequest): Locale {
  const query = req.query?.locale
  const header = req.get?.("x-medusa-locale")
  return (
    localeFromTag(req.locale) ??
    localeFromTag(typeof query === "string" ? query : undefined) ??
    localeFromTag(header) ??
    acceptedLocale(req) ??
    DEFAULT_LOCALE
  )
}

/** The best of Tadamon's languages the request's `Accept-Language` names, or null without the header. */
function acceptedLocale(req: MedusaRequest): Locale | null {
  if (!req.get?.("accept-language")) {
    return null
  }
  const accepted = req.acceptsLanguages?.(...LOCALES)
  return typeof accepted === "string" ? localeFromTag(accepted) : null
}
