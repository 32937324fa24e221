import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CURRENCY_CODE } from "@tadamon/shared/money"
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache"
import { storeGet } from "./store-fetch"

/** The Moroccan region (currency MAD), whose id prices every product the storefront shows. */
export async function getMadRegion(): Promise<HttpTypes.StoreRegion> {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code", limit: 50 },
    tags: [CACHE_TAGS.regions],
    revalidate: REVALIDATE_SECONDS.regions,
  })
  const region = regions.find((candidate) => candidate.currency_code?.toLowerCase() === CURRENCY_CODE)
  if (!region) {
    throw new Error(`No region with currency "${CURRENCY_CODE}" in the Store API`)
  }
  return region
}
