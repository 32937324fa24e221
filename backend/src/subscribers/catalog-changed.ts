import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_EVENT_TAGS, cacheTagsForEvent } from "@tadamon/shared"
import { revalidateStorefrontCacheWorkflow } from "../workflows/storefront/revalidate-storefront-cache"

/**
 * A change the public storefront shows (a product, category, translation, cooperative, label or
 * market edition): its cached reads go stale at once. Which tags each event expires is in the one
 * catalogue the storefront's reads are tagged from (`@tadamon/shared`, catalog-events.ts).
 */
export default async function catalogChangedHandler({ event, container }: SubscriberArgs<Record<string, unknown> | null>) {
  const tags = cacheTagsForEvent(event.name, event.data)
  if (tags.length) {
    await revalidateStorefrontCacheWorkflow(container).run({ input: { tags } })
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(CATALOG_EVENT_TAGS),
}
