import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FavouriteRef } from "@tadamon/shared"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"

export type DeleteFavouriteInput = { customer_id: string; item: FavouriteRef }

/**
 * Removes the customer's saved ref, if saved (removing twice is not an error). Only rows of that
 * customer are ever looked at. Compensation saves it again.
 */
export const deleteFavouriteStep = createStep(
  "delete-favourite",
  async (input: DeleteFavouriteInput, { container }) => {
    const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    const rows = await service.listFavourites({ customer_id: input.customer_id, kind: input.item.kind, target_id: input.item.id })
    if (!rows.length) {
      return new StepResponse(false, [] as Array<{ customer_id: string; kind: FavouriteRef["kind"]; target_id: string }>)
    }
    await service.deleteFavourites(rows.map((row) => row.id))
    return new StepResponse(
      true,
      rows.map((row) => ({ customer_id: row.customer_id, kind: row.kind, target_id: row.target_id }))
    )
  },
  async (removed, { container }) => {
    if (removed?.length) {
      await container.resolve<FavouriteModuleService>(FAVOURITE_MODULE).createFavourites(removed)
    }
  }
)
