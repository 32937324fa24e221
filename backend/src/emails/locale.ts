import { DEFAULT_LOCALE, localeFromTag, type Locale } from "@tadamon/shared"

/** The language of an email from a stored locale tag (ar-MA, fr-MA, en-US or ar/fr/en); Arabic by default. */
export function emailLocale(tag: unknown): Locale {
  return (typeof tag === "string" && localeFromTag(tag)) || DEFAULT_LOCALE
}

/** An absolute storefront address in the email's language, e.g. https://tadamon.ma/fr/order/lookup. */
export function storefrontLink(
  storefrontUrl: string,
  locale: Locale,
  path: string,
  params: Record<string, string> = {}
): string {
  const url = new URL(`${storefrontUrl.replace(/\/+$/, "")}/${locale}${path}`)
  for (const [name, value] of Object.entries(params)) {
    url.searchParams.set(name, value)
  }
  return url.toString()
}
