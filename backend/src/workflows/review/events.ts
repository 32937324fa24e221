import { CatalogEvents } from "@tadamon/shared"

/**
 * Events of the reviews. `CHANGED`: what the store shows of a product (its reviews, its average)
 * changed; the catalog-changed subscriber expires the storefront's `reviews` cache tag.
 */
export const ReviewEvents = {
  CHANGED: CatalogEvents.REVIEW_CHANGED,
} as const
