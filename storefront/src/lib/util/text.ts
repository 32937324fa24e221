import type { Locale } from "@tadamon/shared/i18n"

/**
 * Wraps text of unknown direction (an email, a reference, a name) in Unicode first-strong
 * isolates, so it keeps its own direction inside a message of the other one: "x@a.ma." inside
 * Arabic would otherwise read ".x@a.ma".
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}

/** Parts of an address or a list on one line, with the language's comma ("،" in Arabic). */
export function joinParts(parts: readonly (string | null | undefined)[], locale: Locale): string {
  return parts.filter(Boolean).join(locale === "ar" ? "، " : ", ")
}
