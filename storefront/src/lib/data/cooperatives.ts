import "server-only"
import type { Sector, StoreCooperativeListResponse, StoreCooperativeResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache"
import { getMadRegion } from "./regions"
import { nullWhenNotFound, storeGet } from "./store-fetch"

/** Approved cooperatives, optionally of one province and one sector. */
export async function listCooperatives({
  locale,
  province,
  sector,
  limit,
  offset = 0,
}: {
  locale: Locale
  province?: string
  sector?: Sector
  limit: number
  offset?: number
}): Promise<StoreCooperativeListResponse> {
  return storeGet<StoreCooperativeListResponse>("/store/cooperatives", {
    locale,
    query: { province, sector, limit, offset },
    tags: [CACHE_TAGS.cooperatives],
    revalidate: REVALIDATE_SECONDS.cooperatives,
  })
}

/** An approved cooperative and its products priced in MAD; null when unknown or not approved. */
export async function getCooperativeByHandle(
  handle: string,
  locale: Locale
): Promise<StoreCooperativeResponse | null> {
  const region = await getMadRegion()
  return nullWhenNotFound(
    storeGet<StoreCooperativeResponse>(`/store/cooperatives/${encodeURIComponent(handle)}`, {
      locale,
      query: { region_id: region.id },
      tags: [CACHE_TAGS.cooperatives, CACHE_TAGS.cooperative(handle), CACHE_TAGS.products],
      revalidate: REVALIDATE_SECONDS.cooperatives,
    })
  )
}
