import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreSearchResponse } from "@tadamon/shared"
import { planQuery, searchWords } from "../../../domain/search/query-plan"
import { transliterationsOf } from "../../../domain/search/transliteration"
import { SEARCH_MODULE } from "../../../modules/catalog-search"
import type SearchModuleService from "../../../modules/catalog-search/service"
import type { StoreSearchParamsType } from "./validators"

const COOPERATIVE_HITS = 6

/**
 * Products and cooperatives matching what the customer typed, in any of the three languages and
 * with typos, filtered by facets: only what the store shows (published products of approved
 * cooperatives in the key's sales channels). Product ids come best first; the storefront reads the
 * products themselves through `/store/products`.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchParamsType>, res: MedusaResponse<StoreSearchResponse>) => {
  const params = req.validatedQuery as StoreSearchParamsType
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const words = searchWords(params.q ?? "")
  const spellings = [...new Set(words.flatMap((word) => [word, ...transliterationsOf(word)]))]
  const plan = planQuery(words, await search.lexiconCandidates(spellings))
  const limit = params.limit ?? 12
  const offset = params.offset ?? 0
  const [products, cooperatives] = await Promise.all([
    search.searchProducts({
      plan,
      sales_channel_ids: req.publishable_key_context.sales_channel_ids,
      filters: {
        category: params.category,
        cooperative: params.cooperative,
        province: params.province,
        label: params.label,
        edition: params.edition,
        price_min: params.price_min,
        price_max: params.price_max,
        in_stock: params.in_stock === "true" || params.in_stock === "1",
      },
      sort: params.sort ?? (words.length ? "relevance" : "newest"),
      limit,
      offset,
    }),
    offset === 0 ? search.searchCooperatives(plan, COOPERATIVE_HITS) : Promise.resolve([]),
  ])
  const locale = req.locale?.slice(0, 2)
  res.json({
    product_ids: products.ids,
    count: products.count,
    limit,
    offset,
    facets: products.facets,
    cooperatives: cooperatives.map((cooperative) => ({
      id: cooperative.id,
      handle: cooperative.handle,
      name: (locale && cooperative.names[locale]) || cooperative.names.ar || cooperative.handle,
      province: cooperative.province,
    })),
  })
}
