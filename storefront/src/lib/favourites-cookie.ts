import "server-only"
import { parseGuestFavourites, serializeGuestFavourites, type FavouriteRef } from "@tadamon/shared/contracts/store"
import { cookies } from "next/headers"
import { cookieSecure } from "./env"

/**
 * `tadamon_favourites`: a guest's saved products and followed cooperatives (ids only, at most
 * `GUEST_FAVOURITES_MAX`, validated on every read), httpOnly like every cookie of the storefront,
 * for a year. Sign-in or registration merges it into the account and clears it.
 */
const FAVOURITES = "tadamon_favourites"
const FAVOURITES_MAX_AGE = 60 * 60 * 24 * 365

export async function getGuestFavourites(): Promise<FavouriteRef[]> {
  return parseGuestFavourites((await cookies()).get(FAVOURITES)?.value)
}

export async function setGuestFavourites(refs: FavouriteRef[]): Promise<void> {
  const value = serializeGuestFavourites(refs)
  if (!value) {
    return clearGuestFavourites()
  }
  ;(await cookies()).set(FAVOURITES, value, { httpOnly: true, sameSite: "lax", secure: cookieSecure(), path: "/", maxAge: FAVOURITES_MAX_AGE })
}

export async function clearGuestFavourites(): Promise<void> {
  ;(await cookies()).delete({ name: FAVOURITES, path: "/" })
}
