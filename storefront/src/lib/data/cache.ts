/**
 * Cache tags of the catalog reads. The backend invalidates them through `POST /api/revalidate`
 * with `{ tags: [...] }`: a product change sends `products` (lists) and `product:<handle>`,
 * a cooperative change `cooperatives`, `cooperative:<handle>` and `products` (cards show its name).
 */
export const CACHE_TAGS = {
  regions: "regions",
  categories: "categories",
  products: "products",
  cooperatives: "cooperatives",
  category: (handle: string) => `category:${handle}`,
  product: (handle: string) => `product:${handle}`,
  cooperative: (handle: string) => `cooperative:${handle}`,
} as const

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
