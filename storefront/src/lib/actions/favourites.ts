"use server"

import { FAVOURITE_KINDS, isFavouriteId, toggleGuestFavourite, type FavouriteKind, type StoreFavouritesResponse } from "@tadamon/shared/contracts/store"
import { headers } from "next/headers"
import { redirect } from "next/navigation"
import { getSessionToken } from "../cookies"
import { getGuestFavourites, setGuestFavourites } from "../favourites-cookie"
import { formLocale, formText, safeNextPath } from "../forms"
import { localePath } from "../paths"
import { storeSend } from "../store-send"

function isKind(value: string): value is FavouriteKind {
  return (FAVOURITE_KINDS as readonly string[]).includes(value)
}

/** The page the form was on (its `return` field, else the Referer of this same site), or `fallback`. */
async function returnPath(formData: FormData, locale: Parameters<typeof safeNextPath>[1], fallback: string): Promise<string> {
  const given = formText(formData, "return")
  if (given) {
    return safeNextPath(given, locale, fallback)
  }
  const referer = (await headers()).get("referer")
  const host = (await headers()).get("host")
  try {
    const url = referer ? new URL(referer) : null
    return url && url.host === host ? safeNextPath(url.pathname + url.search, locale, fallback) : fallback
  } catch {
    return fallback
  }
}

/**
 * The heart button: saves or un-saves a product, follows or unfollows a cooperative (`saved` is
 * the state asked for), then back to the page. A customer's go to their account; a guest's to the
 * favourites cookie (merged into the account at sign-in). A plain form post: no script needed.
 */
export async function toggleFavourite(formData: FormData): Promise<void> {
  const locale = formLocale(formData)
  const kind = formText(formData, "kind")
  const id = formText(formData, "id")
  const saved = formText(formData, "saved") === "true"
  const back = await returnPath(formData, locale, localePath(locale))
  if (!isKind(kind) || !isFavouriteId(kind, id)) {
    redirect(back)
  }
  if (await getSessionToken()) {
    const result = saved
      ? await storeSend<StoreFavouritesResponse>("/store/customers/me/favourites", { body: { kind, id }, locale })
      : await storeSend<StoreFavouritesResponse>(`/store/customers/me/favourites/${kind}/${encodeURIComponent(id)}`, { method: "DELETE", locale })
    if (result.ok || result.status !== 401) {
      redirect(back)
    }
  }
  await setGuestFavourites(toggleGuestFavourite(await getGuestFavourites(), { kind, id }, saved))
  redirect(back)
}

/** The digest's unsubscribe page: stops the weekly email, then shows the confirmation (or why not). */
export async function unsubscribeDigest(formData: FormData): Promise<void> {
  const locale = formLocale(formData)
  const token = formText(formData, "token")
  const result = await storeSend<{ unsubscribed: true }>("/store/favourites/unsubscribe", { body: { token }, locale, token: null })
  redirect(`${localePath(locale, "/unsubscribe")}?done=${result.ok ? "1" : "0"}`)
}
