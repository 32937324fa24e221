import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import type { TadamonProduct, TadamonProductListResponse } from "../../types"
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache"
import { getMadRegion } from "./regions"
import { nullWhenNotFound, storeGet, visitorGet } from "./store-fetch"

/**
 * The cooperative fields the backend lets the Store API return on a product, named one by one:
 * Medusa silently drops a requested field missing from the route's allow-list, and `*cooperative`
 * is not on it. The `+` keeps the route's default fields when nothing else replaces them.
 */
const cooperativeFields = (fields: string[]) => fields.map((field) => `+cooperative.${field}`).join(",")
const COOPERATIVE_FIELDS = cooperativeFields(["id", "handle", "name", "province", "commune", "sector", "logo"])

/** The product page also names its seller (law 31-08): registration number, region, phone, email. */
const SELLER_FIELDS = cooperativeFields(["legal_registration_number", "region", "contact_phone", "contact_email"])

/** What a product card needs: its price in MAD and the cooperative that made it. */
const CARD_FIELDS = `id,title,handle,thumbnail,variants.id,*variants.calculated_price,${COOPERATIVE_FIELDS}`

/** What the product page needs on top of the defaults (images, options, variants and their options). */
const PAGE_FIELDS = `*variants.calculated_price,+variants.inventory_quantity,*categories,${COOPERATIVE_FIELDS},${SELLER_FIELDS}`

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

/** Published products by id, in the order of `ids` (a search's ranking); ids the store hides are left out. */
export async function listProductsByIds(ids: string[], locale: Locale): Promise<TadamonProduct[]> {
  if (!ids.length) {
    return []
  }
  const region = await getMadRegion()
  const { products } = await storeGet<TadamonProductListResponse>("/store/products", {
    locale,
    query: { id: ids, region_id: region.id, limit: ids.length, fields: CARD_FIELDS },
    tags: [CACHE_TAGS.products],
    revalidate: REVALIDATE_SECONDS.products,
  })
  const byId = new Map(products.map((product) => [product.id, product]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export type ProductHandle = Pick<HttpTypes.StoreProduct, "handle" | "updated_at">

/**
 * Published products' handles and last change, a page at a time in the order of `listProducts`
 * (the sitemap pages through them). Handles are the same in every language: no locale, no region.
 */
export async function listProductHandles({ limit, offset = 0 }: { limit: number; offset?: number }): Promise<{
  products: ProductHandle[]
  count: number
}> {
  const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { limit, offset, order: "handle", fields: "handle,updated_at" },
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

/**
 * How many units of a variant can still be bought, read fresh (not from the catalog cache) when
 * Medusa refuses a quantity; null when the variant is not stock-limited or unknown.
 */
export async function getVariantStock(productId: string, variantId: string): Promise<number | null> {
  const response = await nullWhenNotFound(
    visitorGet<HttpTypes.StoreProductResponse>(`/store/products/${encodeURIComponent(productId)}`, {
      query: { fields: "id,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity" },
      token: null,
    })
  )
  const variant = response?.product.variants?.find((candidate) => candidate.id === variantId)
  if (!variant || variant.manage_inventory === false || variant.allow_backorder) {
    return null
  }
  return Math.max(0, Math.floor(variant.inventory_quantity ?? 0))
}
