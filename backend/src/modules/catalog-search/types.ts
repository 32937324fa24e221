import type { SearchFacetName as FacetName, SearchSort, StoreSearchFacets } from "@tadamon/shared"
import type { SearchDocumentSource } from "../../domain/search/document"
import type { WordPlan } from "../../domain/search/query-plan"

export type SearchKind = "product" | "cooperative"

/** A record as the index workflow hands it to the engine (assembled in the domain). */
export type SearchDocumentInput = SearchDocumentSource


/** Facet filters: a record matches a facet when it has any of the values given for it. */
export type { FacetName, SearchSort }

export type SearchFilters = {
  category?: string[]
  cooperative?: string[]
  province?: string[]
  label?: string[]
  edition?: string[]
  price_min?: number
  price_max?: number
  in_stock?: boolean
}

export type ProductSearch = {
  plan: WordPlan[]
  sales_channel_ids: string[]
  filters: SearchFilters
  sort: SearchSort
  limit: number
  offset: number
}


export type ProductSearchResult = {
  /** Product ids, best first. */
  ids: string[]
  count: number
  facets: StoreSearchFacets
}

export type CooperativeHit = { id: string; handle: string; names: Record<string, string>; province: string | null }

/**
 * What any search engine behind Tadamon answers: PostgreSQL's arrays and GIN indexes here; a
 * dedicated engine (see the README) would implement the same four calls.
 */
export interface SearchEngine {
  upsertDocuments(documents: SearchDocumentInput[]): Promise<void>
  removeDocuments(kind: SearchKind, recordIds: string[]): Promise<void>
  lexiconCandidates(words: string[]): Promise<string[]>
  searchProducts(search: ProductSearch): Promise<ProductSearchResult>
  searchCooperatives(plan: WordPlan[], limit: number): Promise<CooperativeHit[]>
}
