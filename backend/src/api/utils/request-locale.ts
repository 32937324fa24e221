import type { MedusaRequest } from "@medusajs/framework/http"
import { DEFAULT_LOCALE, localeFromTag, type Locale } from "@tadamon/shared"

/**
 * The language a person reads a request's answer in: Medusa's (it resolves `?locale=` and
 * `x-medusa-locale` for `/store` routes), else the request's own `?locale=` or `x-medusa-locale`
 * (`/vendor`, `/admin`, and a request refused before Medusa's locale middleware), Arabic by default.
 */
export function requestLocale(req: MedusaRequest): Locale {
  const query = req.query?.locale
  const header = req.get?.("x-medusa-locale")
  return localeFromTag(req.locale) ?? localeFromTag(typeof query === "string" ? query : undefined) ?? localeFromTag(header) ?? DEFAULT_LOCALE
}
