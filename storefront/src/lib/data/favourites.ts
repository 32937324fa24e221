import "server-only"
import type { FavouriteKind, StoreFavouritesResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { cache } from "react"
import { getSessionToken } from "../cookies"
import { getGuestFavourites } from "../favourites-cookie"
import { nullWhenSignedOut, visitorGet } from "./store-fetch"

/** The signed-in customer's favourites as the account page shows them, or null when signed out. */
export async function listFavourites(locale: Locale): Promise<StoreFavouritesResponse | null> {
  if (!(await getSessionToken())) {
    return null
  }
  return nullWhenSignedOut(visitorGet<StoreFavouritesResponse>("/store/customers/me/favourites", { locale }))
}

/**
 * What the visitor saved, as `kind:id` keys (once per request): the account's when signed in, the
 * guest cookie's otherwise. Never fails a page: unreadable favourites show as none saved.
 */
const savedKeys = cache(async (): Promise<Set<string>> => {
  const refs = (await getSessionToken())
    ? ((await listFavourites("ar").catch(() => null))?.ids ?? (await getGuestFavourites()))
    : await getGuestFavourites()
  return new Set(refs.map((ref) => `${ref.kind}:${ref.id}`))
})

export async function isFavourite(kind: FavouriteKind, id: string): Promise<boolean> {
  return (await savedKeys()).has(`${kind}:${id}`)
}
