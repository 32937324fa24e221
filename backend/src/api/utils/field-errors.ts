import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_LOCALE, localeFromTag, type FieldError, type Locale, type StoreValidationErrorResponse } from "@tadamon/shared"

/** The interface language of a store request (`?locale=` or `x-medusa-locale`), Arabic by default. */
export function requestLocale(req: MedusaRequest): Locale {
  return localeFromTag(req.locale) ?? DEFAULT_LOCALE
}

/** Answers 400 with the field errors, already in the request's language. */
export function sendFieldErrors(res: MedusaResponse, errors: FieldError[]) {
  const body: StoreValidationErrorResponse = {
    type: "invalid_data",
    message: errors.map((error) => error.message).join(" "),
    errors,
  }
  res.status(400).json(body)
}
