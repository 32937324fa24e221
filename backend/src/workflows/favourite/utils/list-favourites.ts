import type { MedusaContainer } from "@medusajs/framework/types"
import type { FavouriteRef, StoreFavouritesResponse } from "@tadamon/shared"
import { isFavouritable } from "../../../domain/favourites/favourites"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"
import { readFavouriteTargets } from "./favourite-targets"

/** A customer's saved refs, newest first. Only that customer's rows are read. */
export async function customerFavouriteRefs(
  container: Pick<MedusaContainer, "resolve">,
  customerId: string
): Promise<Array<FavouriteRef & { saved_at: Date }>> {
  const rows = await container
    .resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    .listFavourites({ customer_id: customerId }, { order: { created_at: "DESC" }, take: null })
  return rows.map((row) => ({ kind: row.kind, id: row.target_id, saved_at: new Date(row.created_at) }))
}

/**
 * What the account's favourites page shows, in `locale`: the saved products and followed
 * cooperatives the store shows today (a product hidden since stays saved, listed in `ids` only).
 */
export async function listCustomerFavourites(
  container: Pick<MedusaContainer, "resolve">,
  customerId: string,
  locale?: string | null
): Promise<StoreFavouritesResponse> {
  const refs = await customerFavouriteRefs(container, customerId)
  const targets = await readFavouriteTargets(container, refs, locale)
  const response: StoreFavouritesResponse = { products: [], cooperatives: [], ids: refs.map(({ kind, id }) => ({ kind, id })) }
  for (const ref of refs) {
    if (ref.kind === "product") {
      const product = targets.products.get(ref.id)
      if (product && isFavouritable("product", product)) {
        const cooperative = product.cooperative
        response.products.push({
          id: product.id,
          handle: product.handle,
          title: product.title,
          thumbnail: product.thumbnail ?? null,
          cooperative: cooperative ? { id: cooperative.id, handle: cooperative.handle, name: cooperative.name } : null,
          saved_at: ref.saved_at.toISOString(),
        })
      }
    } else {
      const cooperative = targets.cooperatives.get(ref.id)
      if (cooperative && isFavouritable("cooperative", cooperative)) {
        response.cooperatives.push({
          id: cooperative.id,
          handle: cooperative.handle,
          name: cooperative.name,
          logo_url: cooperative.logo ?? null,
          region: cooperative.region ?? null,
          saved_at: ref.saved_at.toISOString(),
        })
      }
    }
  }
  return response
}
