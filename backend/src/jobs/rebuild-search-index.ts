import type { MedusaContainer } from "@medusajs/framework/types"
import { indexSearchDocumentsWorkflow } from "../workflows/search/index-search-documents"

/**
 * Rebuilds the search index from the catalog every night: events keep it fresh during the day,
 * and this repairs anything an event could not trace (a price list, a restored backup).
 */
export default async function rebuildSearchIndexJob(container: MedusaContainer) {
  await indexSearchDocumentsWorkflow(container).run({ input: { all: true } })
}

export const config = {
  name: "rebuild-search-index",
  schedule: "30 3 * * *",
}
