import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreFavouritesResponse } from "@tadamon/shared"
import { saveFavouritesWorkflow } from "../../../../../../workflows/favourite/save-favourites"
import { listCustomerFavourites } from "../../../../../../workflows/favourite/utils/list-favourites"
import type { StoreMergeFavouritesType } from "../validators"

/**
 * Called by the storefront right after sign-in or registration with the guest's favourites: they
 * join the account's. What can no longer be saved is skipped; sending the same list twice changes nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreMergeFavouritesType>, res: MedusaResponse<StoreFavouritesResponse>) => {
  const customerId = req.auth_context.actor_id
  await saveFavouritesWorkflow(req.scope).run({
    input: { customer_id: customerId, items: req.validatedBody.items, unavailable: "skip" },
  })
  res.json(await listCustomerFavourites(req.scope, customerId, req.locale))
}
