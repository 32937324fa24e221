import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FavouriteRef } from "@tadamon/shared"
import { createFavouritesStep } from "./steps/create-favourites"
import { validateFavouritesStep } from "./steps/validate-favourites"

export type SaveFavouritesInput = {
  customer_id: string
  items: FavouriteRef[]
  /** `refuse` for a single add (400 when it cannot be saved), `skip` for a guest's merge at sign-in. */
  unavailable: "refuse" | "skip"
}

/** Saves products and follows cooperatives for a customer; saving what is already saved changes nothing. */
export const saveFavouritesWorkflow = createWorkflow("save-favourites", (input: SaveFavouritesInput) => {
  const allowed = validateFavouritesStep({ items: input.items, unavailable: input.unavailable })
  return new WorkflowResponse(createFavouritesStep({ customer_id: input.customer_id, items: allowed }))
})
