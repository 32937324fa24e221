import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FavouriteRef } from "@tadamon/shared"
import { isFavouritable } from "../../../domain/favourites/favourites"
import { queryRows } from "../../../utils/query-rows"

export type FavouriteProductRow = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  status: string
  created_at: string | Date
  cooperative?: { id: string; handle: string; name: string; status: string } | null
}
export type FavouriteCooperativeRow = { id: string; handle: string; name: string; logo: string | null; region: string | null; status: string }

export const FAVOURITE_PRODUCT_FIELDS = ["id", "handle", "title", "thumbnail", "status", "created_at", "cooperative.id", "cooperative.handle", "cooperative.name", "cooperative.status"]
export const FAVOURITE_COOPERATIVE_FIELDS = ["id", "handle", "name", "logo", "region", "status"]

/** The products and cooperatives the refs name (unknown ids are simply absent), in `locale` when given. */
export async function readFavouriteTargets(container: Pick<MedusaContainer, "resolve">, refs: FavouriteRef[], locale?: string | null) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(refs.filter((ref) => ref.kind === "product").map((ref) => ref.id))]
  const cooperativeIds = [...new Set(refs.filter((ref) => ref.kind === "cooperative").map((ref) => ref.id))]
  const options = locale ? { locale } : undefined
  const [products, cooperatives] = await Promise.all([
    productIds.length
      ? queryRows<FavouriteProductRow>(query, { entity: "product", fields: FAVOURITE_PRODUCT_FIELDS, filters: { id: productIds } }, options)
      : { rows: [] as FavouriteProductRow[] },
    cooperativeIds.length
      ? queryRows<FavouriteCooperativeRow>(query, { entity: "cooperative", fields: FAVOURITE_COOPERATIVE_FIELDS, filters: { id: cooperativeIds } }, options)
      : { rows: [] as FavouriteCooperativeRow[] },
  ])
  return {
    products: new Map(products.rows.map((row) => [row.id, row])),
    cooperatives: new Map(cooperatives.rows.map((row) => [row.id, row])),
  }
}

/** The refs that may be saved now (see `isFavouritable`). */
export async function favouritableRefs(container: Pick<MedusaContainer, "resolve">, refs: FavouriteRef[]): Promise<FavouriteRef[]> {
  const targets = await readFavouriteTargets(container, refs)
  return refs.filter((ref) =>
    ref.kind === "product" ? isFavouritable("product", targets.products.get(ref.id)) : isFavouritable("cooperative", targets.cooperatives.get(ref.id))
  )
}
