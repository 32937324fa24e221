import { LOCALE_TAGS, type Locale, type LocalizedText } from "./locales"

/**
 * The answer of a rate-limited route (sign-in, registration, password reset, guest order lookup,
 * applications, uploads, invitations) once a limit is reached: HTTP 429 with a `Retry-After`
 * header holding the same number of seconds as `retry_after`.
 */
export type RateLimitedResponse = {
  type: "too_many_requests"
  code: "rate_limited"
  message: string
  /** Seconds until the next attempt can be made. */
  retry_after: number
}

const RATE_LIMITED_MESSAGES: LocalizedText = {
  ar: "محاولات كثيرة جدا في وقت قصير. أعد المحاولة {when}.",
  fr: "Trop de tentatives en peu de temps. Réessayez {when}.",
  en: "Too many attempts in a short time. Try again {when}.",
}

/** "Try again in 5 minutes", in the locale's words and plural rules (seconds under a minute). */
export function rateLimitedMessage(locale: Locale, retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
  const when =
    seconds < 60
      ? new Intl.RelativeTimeFormat(LOCALE_TAGS[locale]).format(seconds, "second")
      : new Intl.RelativeTimeFormat(LOCALE_TAGS[locale]).format(Math.ceil(seconds / 60), "minute")
  return RATE_LIMITED_MESSAGES[locale].replace("{when}", when)
}
