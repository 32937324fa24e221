import type { FavouriteKind, FavouriteRef } from "@tadamon/shared"

/** What the rule reads of a product (query.graph: status, cooperative.status). */
export type FavouritableProduct = { status?: string | null; cooperative?: { status?: string | null } | null }
/** What the rule reads of a cooperative. */
export type FavouritableCooperative = { status?: string | null }

/**
 * May be saved: a published product of an approved cooperative, or an approved cooperative. What
 * the store does not show (a draft, a pending or suspended cooperative's work) cannot be saved.
 */
export function isFavouritable(kind: FavouriteKind, target: FavouritableProduct | FavouritableCooperative | undefined): boolean {
  if (!target) {
    return false
  }
  if (kind === "cooperative") {
    return target.status === "approved"
  }
  const product = target as FavouritableProduct
  return product.status === "published" && product.cooperative?.status === "approved"
}

const keyOf = (ref: FavouriteRef) => `${ref.kind}:${ref.id}`

/** The refs without repeats, in their first order. */
export function uniqueRefs(refs: FavouriteRef[]): FavouriteRef[] {
  const seen = new Set<string>()
  return refs.filter((ref) => {
    const key = keyOf(ref)
    if (seen.has(key)) {
      return false
    }
    seen.add(key)
    return true
  })
}

/**
 * What saving `requested` adds: each ref once, neither already saved nor refused by `allowed`
 * (a merge skips what can no longer be saved; a single add is refused before this).
 */
export function favouritesToCreate(existing: FavouriteRef[], requested: FavouriteRef[], allowed: (ref: FavouriteRef) => boolean): FavouriteRef[] {
  const saved = new Set(existing.map(keyOf))
  return uniqueRefs(requested).filter((ref) => !saved.has(keyOf(ref)) && allowed(ref))
}
