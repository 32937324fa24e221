import "server-only"
import type { Locale } from "@tadamon/shared"
import type { TadamonProduct, TadamonProductListResponse } from "../../types"
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache"
import { getMadRegion } from "./regions"
import { storeGet } from "./store-fetch"

/**
 * The cooperative fields the backend lets the Store API return on a product, named one by one:
 * Medusa silently drops a requested field missing from the route's allow-list, and `*cooperative`
 * is not on it. The `+` keeps the route's default fields when nothing else replaces them.
 */
const COOPERATIVE_FIELDS = ["id", "handle", "name", "province", "commune", "sector", "logo"]
  .map((field) => `+cooperative.${field}`)
  .join(",")

/** What a product card needs: its price in MAD and the cooperative that made it. */
const CARD_FIELDS = `id,title,handle,thumbnail,variants.id,*variants.calculated_price,${COOPERATIVE_FIELDS}`

/** What the product page needs on top of the defaults (images, options, variants and their options). */
const PAGE_FIELDS = `*variants.calculated_price,+variants.inventory_quantity,*categories,${COOPERATIVE_FIELDS}`

export type ProductPage = { products: TadamonProduct[]; count: number }

/** Published products, optionally in some categories, priced for the MAD region. */
export async function listProducts({
  locale,
  categoryIds,
  limit,
  offset = 0,
}: {
  locale: Locale
  categoryIds?: string[]
  limit: number
  offset?: number
}): Promise<ProductPage> {
  const region = await getMadRegion()
  const { products, count } = await storeGet<TadamonProductListResponse>("/store/products", {
    locale,
    query: {
      region_id: region.id,
      category_id: categoryIds,
      limit,
      offset,
      // A unique key keeps pages stable: no product shows on two pages or on none.
      order: "handle",
      fields: CARD_FIELDS,
    },
    tags: [CACHE_TAGS.products],
    revalidate: REVALIDATE_SECONDS.products,
  })
  return { products, count }
}

/** One published product by handle, with variants, stock and cooperative; null when unknown. */
export async function getProductByHandle(handle: string, locale: Locale): Promise<TadamonProduct | null> {
  const region = await getMadRegion()
  const { products } = await storeGet<TadamonProductListResponse>("/store/products", {
    locale,
    query: { handle, region_id: region.id, fields: PAGE_FIELDS, limit: 1 },
    tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)],
    revalidate: REVALIDATE_SECONDS.products,
  })
  return products.find((product) => product.handle === handle) ?? null
}
