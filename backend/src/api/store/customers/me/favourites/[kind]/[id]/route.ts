import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FAVOURITE_KINDS, isFavouriteId, type FavouriteKind, type StoreFavouritesResponse } from "@tadamon/shared"
import { LocalizedFieldError } from "../../../../../../../utils/localized-field-error"
import { removeFavouriteWorkflow } from "../../../../../../../workflows/favourite/remove-favourite"
import { listCustomerFavourites } from "../../../../../../../workflows/favourite/utils/list-favourites"

function isKind(value: string): value is FavouriteKind {
  return (FAVOURITE_KINDS as readonly string[]).includes(value)
}

/** Un-saves a product (`/product/prod_…`) or unfollows a cooperative (`/cooperative/coop_…`); removing twice is fine. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreFavouritesResponse>) => {
  const { kind, id } = req.params
  if (!isKind(kind)) {
    throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, [{ field: "kind", code: "invalid_value" }])
  }
  if (!isFavouriteId(kind, id)) {
    throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, [{ field: "id", code: "invalid_value" }])
  }
  const customerId = req.auth_context.actor_id
  await removeFavouriteWorkflow(req.scope).run({ input: { customer_id: customerId, item: { kind, id } } })
  res.json(await listCustomerFavourites(req.scope, customerId, req.locale))
}
