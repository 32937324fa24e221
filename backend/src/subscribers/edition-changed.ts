import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefrontCacheWorkflow } from "../workflows/storefront/revalidate-storefront-cache"

/**
 * A market edition was created, changed or deleted: the storefront's edition reads go stale
 * (`editions` tags every list and page, `edition:<handle>` the page; storefront/src/lib/data/markets.ts).
 */
export default async function editionChangedHandler({ event, container }: SubscriberArgs<{ id: string; handle?: string }>) {
  const handle = event.data?.handle
  await revalidateStorefrontCacheWorkflow(container).run({ input: { tags: ["editions", ...(handle ? [`edition:${handle}`] : [])] } })
}

export const config: SubscriberConfig = {
  event: ["edition.created", "edition.updated", "edition.deleted"],
}
