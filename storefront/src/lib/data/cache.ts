/**
 * Cache tags of the catalog reads: the one catalogue in `@tadamon/shared` (catalog-events.ts), from
 * which the backend's catalog-changed subscriber expires them through `POST /api/revalidate`.
 */
export { CACHE_TAGS } from "@tadamon/shared/catalog-events"

/**
 * How long a cached read may be served before Next refetches it in the background, in seconds.
 * Tags make changes visible at once; these bound staleness when a notification is missed.
 * Products are shortest because their pages show stock.
 */
export const REVALIDATE_SECONDS = {
  regions: 3600,
  categories: 3600,
  products: 60,
  cooperatives: 600,
} as const
