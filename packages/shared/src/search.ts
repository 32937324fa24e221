/**
 * Search as the Store API answers it (`GET /store/search`) and the storefront reads it: product ids
 * best first (the storefront shows them through the Store API, which hides what it must), facet
 * counts, and the cooperatives whose names match.
 */

import { LABEL_DOCUMENT_TYPES, type LabelDocumentType } from "./vendor-documents"

/** The labels a search filters by: verified IGP and organic documents. */
export const SEARCH_LABELS: readonly LabelDocumentType[] = LABEL_DOCUMENT_TYPES
export type SearchLabel = LabelDocumentType

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** Facets a search is filtered and counted by (any of several values of one facet). */
export const SEARCH_FACETS = ["category", "cooperative", "province", "label", "edition"] as const
export type SearchFacetName = (typeof SEARCH_FACETS)[number]

export const SEARCH_QUERY_MAX_LENGTH = 200
export const SEARCH_PAGE_MAX = 48
/** Values a multi-valued facet filter takes at most. */
export const SEARCH_FILTER_MAX_VALUES = 20

export type SearchFacetCount = { value: string; count: number }

export type StoreSearchFacets = Record<SearchFacetName, SearchFacetCount[]> & {
  /** Products in stock under the other filters. */
  in_stock: number
  /** Lowest and highest product price (MAD) under the other filters. */
  price: { min: number | null; max: number | null }
}

export type StoreSearchCooperative = {
  id: string
  handle: string
  /** In the request's language when the cooperative has it, in Arabic otherwise. */
  name: string
  province: string | null
}

export type StoreSearchResponse = {
  product_ids: string[]
  count: number
  limit: number
  offset: number
  facets: StoreSearchFacets
  cooperatives: StoreSearchCooperative[]
}
