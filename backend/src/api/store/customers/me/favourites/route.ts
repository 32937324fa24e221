import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreFavouritesResponse } from "@tadamon/shared"
import { saveFavouritesWorkflow } from "../../../../../workflows/favourite/save-favourites"
import { listCustomerFavourites } from "../../../../../workflows/favourite/utils/list-favourites"
import type { StoreFavouriteRefType } from "./validators"

/** The signed-in customer's saved products and followed cooperatives, in the request's language. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreFavouritesResponse>) => {
  res.json(await listCustomerFavourites(req.scope, req.auth_context.actor_id, req.locale))
}

/**
 * Saves a product or follows a cooperative (`{ kind, id }`); saving it again changes nothing.
 * Only what the store shows may be saved: 400 `not_favouritable` otherwise.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreFavouriteRefType>, res: MedusaResponse<StoreFavouritesResponse>) => {
  const customerId = req.auth_context.actor_id
  await saveFavouritesWorkflow(req.scope).run({
    input: { customer_id: customerId, items: [req.validatedBody], unavailable: "refuse" },
  })
  res.json(await listCustomerFavourites(req.scope, customerId, req.locale))
}
