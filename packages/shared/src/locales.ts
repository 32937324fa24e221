/** The interface languages, Arabic first (the default, right-to-left). */
export const LOCALES = ["ar", "fr", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "ar"

/** A text held in every interface language. */
export type LocalizedText = Record<Locale, string>

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr"
}

/**
 * BCP 47 tags used for Medusa's Translation Module and for Intl formatting.
 * Arabic uses the Moroccan variant with Latin digits, as Moroccan shops and banks print prices.
 */
export const LOCALE_TAGS: Record<Locale, string> = {
  ar: "ar-MA",
  fr: "fr-MA",
  en: "en-US",
}

export function localeFromTag(tag: string | null | undefined): Locale | null {
  if (!tag) {
    return null
  }
  const base = tag.toLowerCase().split(/[-_]/)[0]
  return isLocale(base) ? base : null
}
