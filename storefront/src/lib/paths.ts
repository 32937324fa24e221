import type { Locale } from "@tadamon/shared/i18n"

/** `/products/x` in a locale: `/ar/products/x`; `/` becomes `/ar`. */
export function localePath(locale: Locale, path: string = "/"): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`
}

/**
 * The same page in another language: `/fr/products/x?variant=v` becomes `/ar/products/x?variant=v`.
 * `current` is a path with an optional query; `locales` are the locale prefixes to replace. The
 * language links (a client island) pass them in: at run time this module imports nothing, so the
 * island's bundle takes nothing of @tadamon/shared (even `/i18n` brings its validation messages).
 */
export function switchLocalePath(current: string, locale: Locale, locales: readonly string[]): string {
  const queryStart = current.indexOf("?")
  const pathname = queryStart === -1 ? current : current.slice(0, queryStart)
  const search = queryStart === -1 ? "" : current.slice(queryStart)
  const segments = pathname.split("/").filter(Boolean)
  if (segments.length > 0 && locales.includes(segments[0])) {
    segments.shift()
  }
  return `${localePath(locale, `/${segments.join("/")}`)}${search}`
}

/** A query string from defined values only, with a leading `?` (or nothing). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") {
      search.set(key, String(value))
    }
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}
