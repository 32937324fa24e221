/**
 * Favourites: the products a customer saves and the cooperatives they follow. The Store API keeps a
 * signed-in customer's under `/store/customers/me/favourites`; a guest's stay in a storefront
 * cookie (ids only, `GUEST_FAVOURITES_MAX` at most) until sign-in merges them into the account.
 */

export const FAVOURITE_KINDS = ["product", "cooperative"] as const
export type FavouriteKind = (typeof FAVOURITE_KINDS)[number]

/** One saved product or followed cooperative, by id. */
export type FavouriteRef = { kind: FavouriteKind; id: string }

/** The id prefix of each kind (Medusa's `prod_`, Tadamon's `coop_`). */
export const FAVOURITE_ID_PREFIX: Record<FavouriteKind, string> = { product: "prod_", cooperative: "coop_" }

/** How many favourites a guest's cookie keeps (the newest win), and a merge request may carry. */
export const GUEST_FAVOURITES_MAX = 50

/** Longest id accepted (Medusa's ids are a prefix and 26 characters). */
export const FAVOURITE_ID_MAX_LENGTH = 64

/** Whether `id` has the shape of an id of that kind: its prefix, then letters and digits. */
export function isFavouriteId(kind: FavouriteKind, id: string): boolean {
  const prefix = FAVOURITE_ID_PREFIX[kind]
  return id.length <= FAVOURITE_ID_MAX_LENGTH && id.startsWith(prefix) && /^[A-Za-z0-9]+$/.test(id.slice(prefix.length))
}

function isKind(value: unknown): value is FavouriteKind {
  return typeof value === "string" && (FAVOURITE_KINDS as readonly string[]).includes(value)
}

/**
 * The guest's favourites from their cookie's value: well-formed entries only, without repeats, at
 * most `GUEST_FAVOURITES_MAX` (the last ones). Anything else (a cookie we did not write) is dropped.
 * The cookie holds `p:prod_…` and `c:coop_…` entries separated by `.`.
 */
export function parseGuestFavourites(value: string | null | undefined): FavouriteRef[] {
  if (!value || value.length > GUEST_FAVOURITES_MAX * (FAVOURITE_ID_MAX_LENGTH + 3)) {
    return []
  }
  const seen = new Set<string>()
  const refs: FavouriteRef[] = []
  for (const entry of value.split(".")) {
    const [tag, id] = entry.split(":")
    const kind = tag === "p" ? "product" : tag === "c" ? "cooperative" : null
    if (!kind || !id || !isFavouriteId(kind, id) || seen.has(entry)) {
      continue
    }
    seen.add(entry)
    refs.push({ kind, id })
  }
  return refs.slice(-GUEST_FAVOURITES_MAX)
}

/** The cookie's value for a guest's favourites (see `parseGuestFavourites`). */
export function serializeGuestFavourites(refs: FavouriteRef[]): string {
  const entries = refs
    .filter((ref) => isKind(ref.kind) && typeof ref.id === "string" && isFavouriteId(ref.kind, ref.id))
    .map((ref) => `${ref.kind === "product" ? "p" : "c"}:${ref.id}`)
  return [...new Set(entries)].slice(-GUEST_FAVOURITES_MAX).join(".")
}

/** The guest's list with `ref` saved (`saved: true`, added last) or removed. */
export function toggleGuestFavourite(refs: FavouriteRef[], ref: FavouriteRef, saved: boolean): FavouriteRef[] {
  const others = refs.filter((item) => item.kind !== ref.kind || item.id !== ref.id)
  return saved ? [...others, ref].slice(-GUEST_FAVOURITES_MAX) : others
}

/** `POST /store/customers/me/favourites` and `DELETE /store/customers/me/favourites` body. */
export type StoreFavouriteBody = FavouriteRef

/** `POST /store/customers/me/favourites/merge` body: a guest's favourites, added to the account. */
export type StoreMergeFavouritesBody = { items: FavouriteRef[] }

/** A saved product as the account's favourites page shows it. */
export type StoreFavouriteProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  cooperative: { id: string; handle: string; name: string } | null
  saved_at: string
}

/** A followed cooperative as the account's favourites page shows it. */
export type StoreFavouriteCooperative = {
  id: string
  handle: string
  name: string
  logo_url: string | null
  region: string | null
  saved_at: string
}

/**
 * `GET /store/customers/me/favourites`, and the answer of every change: what the customer saved,
 * newest first, in the request's language. `ids` lists every saved id, shown or not (a product
 * hidden since it was saved stays saved but is not shown).
 */
export type StoreFavouritesResponse = {
  products: StoreFavouriteProduct[]
  cooperatives: StoreFavouriteCooperative[]
  ids: FavouriteRef[]
}

/** `POST /store/favourites/unsubscribe` body: the token of a digest's unsubscribe link. */
export type StoreFavouritesUnsubscribeBody = { token: string }
/** Its answer: the digest is off for that customer. */
export type StoreFavouritesUnsubscribeResponse = { unsubscribed: true }
