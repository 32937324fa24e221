import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_EVENT_TAGS } from "@tadamon/shared"
import { RESERVATION_EVENTS } from "../workflows/search/utils/search-targets"
import { indexSearchDocumentsWorkflow } from "../workflows/search/index-search-documents"

/**
 * Keeps search fresh: every change the storefront's catalog cache hears about (a product published,
 * edited or hidden, a cooperative suspended, a label verified, an edition's stands) and stock held
 * or let go by orders re-indexes the records it touched, within the event's own processing.
 */
export default async function searchIndexHandler({ event, container }: SubscriberArgs<Record<string, unknown> | null>) {
  await indexSearchDocumentsWorkflow(container).run({ input: { event: { name: event.name, data: event.data } } })
}

export const config: SubscriberConfig = {
  event: [...Object.keys(CATALOG_EVENT_TAGS), ...RESERVATION_EVENTS],
}
