import "server-only"
import type { StoreFavouritesResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { clearGuestFavourites, getGuestFavourites } from "./favourites-cookie"
import { storeSend } from "./store-send"

/**
 * Right after sign-in or registration: the guest's favourites join the account's
 * (`POST /store/customers/me/favourites/merge`, idempotent) and the cookie goes. Never fails the
 * sign-in: when the backend refuses, the cookie stays for the next sign-in.
 */
export async function mergeGuestFavourites(token: string, locale: Locale): Promise<void> {
  const items = await getGuestFavourites()
  if (!items.length) {
    return
  }
  const merged = await storeSend<StoreFavouritesResponse>("/store/customers/me/favourites/merge", { body: { items }, locale, token })
  if (merged.ok) {
    await clearGuestFavourites()
  }
}
