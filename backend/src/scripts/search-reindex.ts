import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { indexSearchDocumentsWorkflow } from "../workflows/search/index-search-documents"

/** `medusa exec ./src/scripts/search-reindex.js`: rebuilds the search index from the catalog. */
export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const { result } = await indexSearchDocumentsWorkflow(container).run({ input: { all: true } })
  logger.info(
    `Search index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)}s: ${result.products.indexed} products and ` +
      `${result.cooperatives.indexed} cooperatives indexed, ${result.products.removed + result.cooperatives.removed} removed`
  )
}
