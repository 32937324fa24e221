import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { StoreEdition, StoreEditionListResponse, StoreEditionResponse, StoreEditionSummary } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { CACHE_TAGS } from "./cache"
import { nullWhenNotFound, storeGet } from "./store-fetch"

/**
 * How stale an edition may be served, in seconds. An organizer's change shows at once: the edition
 * workflows emit `edition.created|updated|deleted` and the backend's catalog-changed subscriber
 * expires `editions` and `edition:<handle>`. This minute only bounds staleness when that
 * notification is missed.
 */
const REVALIDATE_EDITIONS = 60

/**
 * Every edition, newest first (`GET /store/editions`). Their status is worked out again from the
 * dates when a page renders (`editionStatus`), so a cached list never shows yesterday's status.
 */
export async function listEditions(locale: Locale): Promise<StoreEditionSummary[]> {
  const { editions } = await storeGet<StoreEditionListResponse>("/store/editions", {
    locale,
    tags: [CACHE_TAGS.editions],
    revalidate: REVALIDATE_EDITIONS,
  })
  return editions
}

/** One edition with its program and participating cooperatives; null for an unknown handle. */
export async function getEdition(handle: string, locale: Locale): Promise<StoreEdition | null> {
  const response = await nullWhenNotFound(
    storeGet<StoreEditionResponse>(`/store/editions/${encodeURIComponent(handle)}`, {
      locale,
      // Participants show their cooperative's name: a cooperative's change expires it too.
      tags: [CACHE_TAGS.editions, CACHE_TAGS.edition(handle), CACHE_TAGS.cooperatives],
      revalidate: REVALIDATE_EDITIONS,
    })
  )
  return response?.edition ?? null
}

/**
 * The editions for the home page's feature: an empty list when the Store API cannot answer, since
 * the home page never fails for a banner.
 */
export async function listEditionsForFeature(locale: Locale): Promise<StoreEditionSummary[]> {
  try {
    return await listEditions(locale)
  } catch (error) {
    if (error instanceof FetchError || error instanceof TypeError) {
      return []
    }
    throw error
  }
}
