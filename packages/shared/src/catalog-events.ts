/**
 * One catalogue of what the public storefront caches and which backend events make it stale. The
 * storefront tags its Store API reads with CACHE_TAGS; the backend's subscribers expire the tags
 * CATALOG_EVENT_TAGS names for each event (through the storefront's `POST /api/revalidate`).
 */

/** Tadamon's own events that change what the storefront shows (data: `{ id, handle? }`). */
export const CatalogEvents = {
  COOPERATIVE_CREATED: "cooperative.created",
  /** Approved, or reinstated after a suspension: it and its products enter the store. */
  COOPERATIVE_APPROVED: "cooperative.approved",
  /** Suspended (or its application refused): it and its products leave the store. */
  COOPERATIVE_SUSPENDED: "cooperative.suspended",
  /** Its contact details changed: the seller's identity on its page and its products (law 31-08). */
  COOPERATIVE_UPDATED: "cooperative.updated",
  DOCUMENT_CREATED: "cooperative_document.created",
  /** Verified or refused: the labels (IGP, organic) shown on its products change. */
  DOCUMENT_REVIEWED: "cooperative_document.reviewed",
  DOCUMENT_EXPIRED: "cooperative_document.expired",
  EDITION_CREATED: "edition.created",
  EDITION_UPDATED: "edition.updated",
  EDITION_DELETED: "edition.deleted",
  /** A review written, answered, hidden or restored: the product's reviews and averages change. */
  REVIEW_CHANGED: "review.changed",
} as const

export type CatalogEventName = (typeof CatalogEvents)[keyof typeof CatalogEvents]

/**
 * Tadamon's events that change nothing the public storefront shows: the cooperative's owner is told
 * by email. Named here, beside the catalog's, so every event the backend emits has one name.
 */
export const ModerationEvents = {
  /** An application refused: the cooperative was never public. */
  COOPERATIVE_REJECTED: "cooperative.rejected",
  /** Organizers published or refused a product (its publication itself is Medusa's `product.updated`). */
  PRODUCT_REVIEWED: "product.reviewed",
} as const

/** The storefront's cache tags: broad ones on every list and page, one per record for its page. */
export const CACHE_TAGS = {
  regions: "regions",
  categories: "categories",
  products: "products",
  cooperatives: "cooperatives",
  editions: "editions",
  reviews: "reviews",
  category: (handle: string) => `category:${handle}`,
  product: (handle: string) => `product:${handle}`,
  cooperative: (handle: string) => `cooperative:${handle}`,
  edition: (handle: string) => `edition:${handle}`,
} as const

/** A tag every list and page of its kind carries. */
export type BroadCacheTag = "regions" | "categories" | "products" | "cooperatives" | "editions" | "reviews"

const { products, categories, cooperatives, editions, reviews } = CACHE_TAGS

/**
 * Which broad tags each event makes stale: Medusa's own catalog events and Tadamon's. Lists and
 * pages carry the broad tags, so no handle needs looking up (an edition's page also carries its
 * own tag, which its events' `handle` names).
 */
export const CATALOG_EVENT_TAGS: Readonly<Record<string, readonly BroadCacheTag[]>> = {
  "product.created": [products],
  "product.updated": [products],
  "product.deleted": [products],
  "product-variant.created": [products],
  "product-variant.updated": [products],
  "product-variant.deleted": [products],
  "product-option.updated": [products],
  "inventory-level.updated": [products],
  "product-category.created": [categories, products],
  "product-category.updated": [categories, products],
  "product-category.deleted": [categories, products],
  "translation.created": [products, categories, cooperatives],
  "translation.updated": [products, categories, cooperatives],
  "translation.deleted": [products, categories, cooperatives],
  [CatalogEvents.COOPERATIVE_CREATED]: [cooperatives, products],
  // A suspended cooperative's products change sales channels too, which product.updated covers.
  [CatalogEvents.COOPERATIVE_APPROVED]: [cooperatives, products],
  [CatalogEvents.COOPERATIVE_SUSPENDED]: [cooperatives, products],
  [CatalogEvents.COOPERATIVE_UPDATED]: [cooperatives, products],
  // A document is shown only once verified: its creation changes nothing public.
  [CatalogEvents.DOCUMENT_REVIEWED]: [cooperatives, products],
  [CatalogEvents.DOCUMENT_EXPIRED]: [cooperatives, products],
  [CatalogEvents.EDITION_CREATED]: [editions],
  [CatalogEvents.EDITION_UPDATED]: [editions],
  [CatalogEvents.EDITION_DELETED]: [editions],
  // Reviews and averages are read apart from the products (tagged `reviews`): a review expires only them.
  [CatalogEvents.REVIEW_CHANGED]: [reviews],
}

const EDITION_EVENTS: ReadonlySet<string> = new Set([CatalogEvents.EDITION_CREATED, CatalogEvents.EDITION_UPDATED, CatalogEvents.EDITION_DELETED])

/** The tags an event expires (none for an event the storefront does not show). */
export function cacheTagsForEvent(name: string, data?: Readonly<Record<string, unknown>> | null): string[] {
  const tags: string[] = [...(CATALOG_EVENT_TAGS[name] ?? [])]
  if (EDITION_EVENTS.has(name) && typeof data?.handle === "string" && data.handle) {
    tags.push(CACHE_TAGS.edition(data.handle))
  }
  return tags
}
