import "server-only"
import type { StoreSearchResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import type { TadamonProduct } from "../../types"
import { catalogSearchQuery, type CatalogSearch } from "../search-params"
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache"
import { listProductsByIds } from "./products"
import { storeGet } from "./store-fetch"

export type SearchPage = StoreSearchResponse & { products: TadamonProduct[] }

/**
 * One page of search results: the Store API's search (ids best first, facets, matching
 * cooperatives), then the products themselves through `/store/products`, which shows only what
 * the store sells, in the page's language and priced in MAD.
 */
export async function searchCatalog(search: CatalogSearch, locale: Locale, pageSize: number): Promise<SearchPage> {
  const result = await storeGet<StoreSearchResponse>("/store/search", {
    locale,
    query: { ...catalogSearchQuery(search), limit: pageSize, offset: (search.page - 1) * pageSize },
    tags: [CACHE_TAGS.products, CACHE_TAGS.cooperatives],
    revalidate: REVALIDATE_SECONDS.products,
  })
  const products = await listProductsByIds(result.product_ids, locale)
  return { ...result, products }
}
