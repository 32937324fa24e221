import "server-only"
import { DEFAULT_LOCALE } from "@tadamon/shared/i18n"
import { LEGAL_PAGE_KEYS, LEGAL_PATHS } from "@/modules/legal/lib/pages"
import { sitemapCount, sitemapRange, type SitemapPage } from "../sitemap"
import { listCategories } from "./categories"
import { listCooperatives } from "./cooperatives"
import { listEditions } from "./markets"
import { listProductHandles } from "./products"

/**
 * Which public pages exist, for the sitemaps, read through the catalog's own reads (so through their
 * cache tags and revalidation: a product published or a cooperative suspended shows in the next
 * sitemap as on the pages). Handles are the same in every language, so the default language's reads
 * list them: the pages share those cache entries.
 *
 * Order: the listings, the legal pages and the contact page, the categories, the cooperatives, the
 * market editions, then the products by handle; sitemap `n` holds pages `sitemapRange(n)` of it.
 */

/** The listings, always public: home, categories, cooperatives, markets. */
const LISTING_PATHS = ["/", "/categories", "/cooperatives", "/markets"] as const

/** Records per request; the Store API gives at most 100 cooperatives at once. */
const BATCH = 100

async function cooperativeHandles(): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += BATCH) {
    const { cooperatives, count } = await listCooperatives({ locale: DEFAULT_LOCALE, limit: BATCH, offset })
    handles.push(...cooperatives.map((cooperative) => cooperative.handle))
    if (cooperatives.length < BATCH || offset + BATCH >= count) {
      return handles
    }
  }
}

/** Every public page but the products. */
async function pagesBeforeProducts(): Promise<SitemapPage[]> {
  const [categories, cooperatives, editions] = await Promise.all([
    listCategories(DEFAULT_LOCALE),
    cooperativeHandles(),
    listEditions(DEFAULT_LOCALE),
  ])
  return [
    ...LISTING_PATHS.map((path) => ({ path })),
    ...LEGAL_PAGE_KEYS.map((key) => ({ path: LEGAL_PATHS[key] })),
    ...categories.map((category) => ({ path: `/categories/${encodeURIComponent(category.handle)}` })),
    ...cooperatives.map((handle) => ({ path: `/cooperatives/${encodeURIComponent(handle)}` })),
    ...editions.map((edition) => ({ path: `/markets/${encodeURIComponent(edition.handle)}` })),
  ]
}

/** `limit` product pages from the `offset`-th product, by handle. */
async function productPages(offset: number, limit: number): Promise<SitemapPage[]> {
  const pages: SitemapPage[] = []
  while (pages.length < limit) {
    const wanted = Math.min(BATCH, limit - pages.length)
    const { products } = await listProductHandles({ limit: wanted, offset: offset + pages.length })
    pages.push(
      ...products.map((product) => ({ path: `/products/${encodeURIComponent(product.handle)}`, lastModified: product.updated_at }))
    )
    if (products.length < wanted) {
      break
    }
  }
  return pages
}

/** The ids of the sitemap files (0, 1, …): as many as the public pages need. */
export async function sitemapIds(): Promise<number[]> {
  const [others, { count }] = await Promise.all([pagesBeforeProducts(), listProductHandles({ limit: 1 })])
  return Array.from({ length: sitemapCount(others.length + count) }, (_, id) => id)
}

/** The pages sitemap `id` lists. */
export async function sitemapPages(id: number): Promise<SitemapPage[]> {
  const others = await pagesBeforeProducts()
  const { start, end } = sitemapRange(id)
  const productStart = Math.max(0, start - others.length)
  const productEnd = end - others.length
  const products = productEnd > productStart ? await productPages(productStart, productEnd - productStart) : []
  return [...others.slice(start, end), ...products]
}
