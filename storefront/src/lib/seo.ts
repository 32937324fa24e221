import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES, type Locale } from "@tadamon/shared/i18n"
import type { Metadata } from "next"
import { localePath } from "./paths"

/**
 * What search engines and link previews read of a page: its canonical address, the same page in the
 * other languages (hreflang), Open Graph and Twitter card tags, and the robots rules. Pure: the
 * public origin (`lib/public-url.ts`) and the texts, already in the page's language, come from the
 * caller (`lib/page-metadata.ts` for pages). Unit-tested in test/seo.test.ts.
 */

/** The hreflang of the page every other language falls back to: Arabic, where `/` leads. */
export const X_DEFAULT = "x-default"

export type LanguageAlternates = Record<Locale | typeof X_DEFAULT, string>

function trimOrigin(origin: string): string {
  return origin.replace(/\/+$/, "")
}

/**
 * A page's absolute address in one language: `https://tadamon.ma/fr/products/miel`. `path` is the
 * page's path without its locale, with the query that makes it another page (`/categories/honey?page=2`).
 */
export function localeUrl(origin: string, locale: Locale, path: string = "/"): string {
  return `${trimOrigin(origin)}${localePath(locale, path)}`
}

/** The same page in every language, and `x-default` (the Arabic page). */
export function languageAlternates(origin: string, path: string = "/"): LanguageAlternates {
  const alternates = Object.fromEntries(LOCALES.map((locale) => [locale, localeUrl(origin, locale, path)]))
  return { ...alternates, [X_DEFAULT]: localeUrl(origin, DEFAULT_LOCALE, path) } as LanguageAlternates
}

/** Open Graph's locale form: `ar_MA`, `fr_MA`, `en_US`. */
export function openGraphLocale(locale: Locale): string {
  return LOCALE_TAGS[locale].replace("-", "_")
}

/**
 * A description from free text (a story, a product's description): one line, at most `max`
 * characters, cut after a whole word with an ellipsis. Search results show about 160.
 */
export function excerpt(text: string | null | undefined, max: number = 160): string | undefined {
  const line = (text ?? "").replace(/\s+/g, " ").trim()
  if (!line) {
    return undefined
  }
  if (line.length <= max) {
    return line
  }
  const cut = line.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:،؛-]+$/u, "")}…`
}

export type PageSeo = {
  /** The storefront's public origin, `https://tadamon.ma`. */
  origin: string
  locale: Locale
  /** The page's path without its locale (see `localeUrl`). */
  path: string
  /** In the page's language; the `<title>` adds the site's name (the layout's template). */
  title: string
  description?: string | null
  siteName: string
  /**
   * The picture a link preview shows: the product's photo (a large card), the cooperative's logo
   * (`logo`: the small card, where a square fits).
   */
  image?: { url: string; alt: string; logo?: boolean } | null
}

/**
 * The metadata of a public page: canonical URL and hreflang alternates, title and description,
 * Open Graph and a Twitter card. A page's `openGraph` replaces the layout's whole, so it is complete.
 */
export function pageMetadata({ origin, locale, path, title, description, siteName, image }: PageSeo): Metadata {
  const url = localeUrl(origin, locale, path)
  const text = description?.trim() || undefined
  return {
    title,
    description: text,
    alternates: { canonical: url, languages: languageAlternates(origin, path) },
    openGraph: {
      type: "website",
      url,
      title,
      description: text,
      siteName,
      locale: openGraphLocale(locale),
      alternateLocale: LOCALES.filter((other) => other !== locale).map(openGraphLocale),
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
    twitter: {
      card: image && !image.logo ? "summary_large_image" : "summary",
      title,
      description: text,
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  }
}

/**
 * Sections no crawler should enter, in every locale: the cooperative portal, the customer's account,
 * checkout, cart and orders (`/ar/coop`, `/fr/account`, `/en/order/lookup`…).
 */
export const PRIVATE_SECTIONS = ["coop", "account", "checkout", "cart", "order"] as const

/**
 * robots.txt's rules. Everything not disallowed is allowed; a rule is a path prefix and the longest
 * matching one wins (RFC 9309). `/ar/coop` is a prefix of `/ar/cooperatives`, so the cooperatives'
 * pages get a longer `Allow`, which also comes first for crawlers that take the first match (and
 * for them, no `Allow: /` ahead of the `Disallow` lines).
 */
export function robotsRules(): { allow: string[]; disallow: string[] } {
  return {
    allow: LOCALES.map((locale) => localePath(locale, "/cooperatives")),
    disallow: LOCALES.flatMap((locale) => PRIVATE_SECTIONS.map((section) => localePath(locale, `/${section}`))),
  }
}
