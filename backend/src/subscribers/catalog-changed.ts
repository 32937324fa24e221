import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefrontCacheWorkflow } from "../workflows/storefront/revalidate-storefront-cache"

/**
 * Which storefront cache tags each catalog event makes stale. Lists and pages carry the broad
 * tags (see storefront/src/lib/data/cache.ts), so these are enough without looking up handles.
 */
const TAGS_BY_EVENT: Record<string, string[]> = {
  "product.created": ["products"],
  "product.updated": ["products"],
  "product.deleted": ["products"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  "product-option.updated": ["products"],
  "inventory-level.updated": ["products"],
  "product-category.created": ["categories", "products"],
  "product-category.updated": ["categories", "products"],
  "product-category.deleted": ["categories", "products"],
  "translation.created": ["products", "categories", "cooperatives"],
  "translation.updated": ["products", "categories", "cooperatives"],
  "translation.deleted": ["products", "categories", "cooperatives"],
  "cooperative.created": ["cooperatives", "products"],
  // Moderation: an approved (or reinstated) cooperative and its products enter the store, a
  // suspended one leaves it (its products' sales channels change too, which product.updated covers).
  "cooperative.approved": ["cooperatives", "products"],
  "cooperative.suspended": ["cooperatives", "products"],
  // A verified, refused or expired document changes the labels shown on its products.
  "cooperative_document.reviewed": ["cooperatives", "products"],
  "cooperative_document.expired": ["cooperatives", "products"],
}

export default async function catalogChangedHandler({ event, container }: SubscriberArgs<unknown>) {
  const tags = TAGS_BY_EVENT[event.name]
  if (tags) {
    await revalidateStorefrontCacheWorkflow(container).run({ input: { tags } })
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(TAGS_BY_EVENT),
}
