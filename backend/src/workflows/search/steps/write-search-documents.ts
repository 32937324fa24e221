import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  cooperativeDocument,
  isCooperativeSearchable,
  isSearchable,
  productDocument,
} from "../../../domain/search/document"
import { SEARCH_MODULE } from "../../../modules/catalog-search"
import type SearchModuleService from "../../../modules/catalog-search/service"
import { cooperativeSources, pageOfIds, productSources } from "../utils/search-sources"
import type { SearchTargets } from "../utils/search-targets"

const PAGE = 250
/**
 * One writer at a time: a page's documents are read from the catalog and written under this lock, so
 * an indexer that read a product before a change can never write after the indexer that read it
 * since (the last event's view wins). With Redis locking it holds across server processes.
 */
const LOCK_KEY = "search-index:write"
const LOCK_TIMEOUT_SECONDS = 120

export type IndexedCounts = { indexed: number; removed: number }

async function indexProducts(scope: MedusaContainer, search: SearchModuleService, ids: string[], now: Date): Promise<IndexedCounts> {
  const sources = await productSources(scope, ids)
  const shown = sources.filter(isSearchable)
  const shownIds = new Set(shown.map((product) => product.id))
  const hidden = ids.filter((id) => !shownIds.has(id))
  await search.upsertDocuments(shown.map((product) => productDocument(product, now)))
  await search.removeDocuments("product", hidden)
  return { indexed: shown.length, removed: hidden.length }
}

async function indexCooperatives(scope: MedusaContainer, search: SearchModuleService, ids: string[]): Promise<IndexedCounts> {
  const sources = await cooperativeSources(scope, ids)
  const shown = sources.filter(isCooperativeSearchable)
  const shownIds = new Set(shown.map((cooperative) => cooperative.id))
  const hidden = ids.filter((id) => !shownIds.has(id))
  await search.upsertDocuments(shown.map(cooperativeDocument))
  await search.removeDocuments("cooperative", hidden)
  return { indexed: shown.length, removed: hidden.length }
}

async function inPages(
  locking: ILockingModule,
  ids: string[],
  index: (page: string[]) => Promise<IndexedCounts>
): Promise<IndexedCounts> {
  const total: IndexedCounts = { indexed: 0, removed: 0 }
  for (let start = 0; start < ids.length; start += PAGE) {
    const page = ids.slice(start, start + PAGE)
    const counts = await locking.execute(LOCK_KEY, () => index(page), { timeout: LOCK_TIMEOUT_SECONDS })
    total.indexed += counts.indexed
    total.removed += counts.removed
  }
  return total
}

/** Every id of a kind, walked a page at a time, and the index's own ids of that kind no longer there. */
async function everyId(scope: MedusaContainer, search: SearchModuleService, entity: "product" | "cooperative"): Promise<string[]> {
  const ids: string[] = []
  for (let skip = 0; ; skip += 1000) {
    const page = await pageOfIds(scope, entity, skip, 1000)
    ids.push(...page)
    if (page.length < 1000) {
      break
    }
  }
  const known = new Set(ids)
  return [...ids, ...(await search.indexedRecordIds(entity)).filter((id) => !known.has(id))]
}

/**
 * Writes the index's documents for the targets: what the store shows is (re)written, anything else
 * (hidden, unpublished, suspended, deleted) is removed. No compensation: the index is a projection
 * of the catalog, and writing it again from the catalog is how it is repaired.
 */
export const writeSearchDocumentsStep = createStep("write-search-documents", async (targets: SearchTargets, { container }) => {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const now = new Date()
  const productIds = targets.all ? await everyId(container, search, "product") : targets.product_ids
  const cooperativeIds = targets.all ? await everyId(container, search, "cooperative") : targets.cooperative_ids
  const products = await inPages(locking, productIds, (page) => indexProducts(container, search, page, now))
  const cooperatives = await inPages(locking, cooperativeIds, (page) => indexCooperatives(container, search, page))
  if (targets.all) {
    await search.analyze()
  }
  return new StepResponse({ products, cooperatives })
})
