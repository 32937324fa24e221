import { LOCALES } from "@tadamon/shared/i18n"
import type { MetadataRoute } from "next"
import { languageAlternates, localeUrl } from "./seo"

/**
 * The sitemaps (app/sitemaps/sitemap.ts, app/sitemap.xml/route.ts): every public page, in every language,
 * split into files of at most `URLS_PER_SITEMAP` addresses listed by the index `/sitemap.xml`.
 * Pure; what the pages are comes from lib/data/sitemap.ts. Unit-tested in test/seo.test.ts.
 */

/** Addresses per sitemap file (search engines accept 50,000; smaller files stay quick to build). */
export const URLS_PER_SITEMAP = 5000

/** A page gives one address per language, each carrying the others as alternates. */
export const PAGES_PER_SITEMAP = Math.floor(URLS_PER_SITEMAP / LOCALES.length)

/** A public page, by its path without the locale (`/products/miel-thym`). */
export type SitemapPage = { path: string; lastModified?: string | null }

/** How many sitemap files `pageCount` pages need: at least one, even for an empty catalog. */
export function sitemapCount(pageCount: number): number {
  return Math.max(1, Math.ceil(pageCount / PAGES_PER_SITEMAP))
}

/** The pages sitemap `id` holds: `[start, end)` in the order of all public pages. */
export function sitemapRange(id: number): { start: number; end: number } {
  return { start: id * PAGES_PER_SITEMAP, end: (id + 1) * PAGES_PER_SITEMAP }
}

/** A sitemap's entries: each page in every language, with its hreflang alternates and x-default. */
export function sitemapEntries(origin: string, pages: readonly SitemapPage[]): MetadataRoute.Sitemap {
  return pages.flatMap((page) => {
    const languages = languageAlternates(origin, page.path)
    return LOCALES.map((locale) => ({
      url: localeUrl(origin, locale, page.path),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages },
    }))
  })
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The sitemap index (`/sitemap.xml`): the address of every sitemap file. */
export function sitemapIndexXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `<sitemap>\n<loc>${escapeXml(url)}</loc>\n</sitemap>\n`).join("")
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`
}

/** Where Next serves sitemap file `id` (app/sitemaps/sitemap.ts with `generateSitemaps`). */
export function sitemapFileUrl(origin: string, id: number): string {
  return `${origin.replace(/\/+$/, "")}/sitemaps/sitemap/${id}.xml`
}
