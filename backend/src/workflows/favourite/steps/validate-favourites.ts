import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FavouriteRef } from "@tadamon/shared"
import { uniqueRefs } from "../../../domain/favourites/favourites"
import { LocalizedFieldError } from "../../../utils/localized-field-error"
import { favouritableRefs } from "../utils/favourite-targets"

export type ValidateFavouritesInput = {
  items: FavouriteRef[]
  /** `refuse`: one that cannot be saved fails the request (a single add); `skip`: it is left out (a guest's merge). */
  unavailable: "refuse" | "skip"
}

/**
 * The refs that may be saved: published products of approved cooperatives, approved cooperatives.
 * Refusing answers 400 `not_favouritable` on the offending item's `id`, before anything is written.
 */
export const validateFavouritesStep = createStep("validate-favourites", async (input: ValidateFavouritesInput, { container }) => {
  const items = uniqueRefs(input.items)
  const allowed = await favouritableRefs(container, items)
  if (input.unavailable === "refuse" && allowed.length < items.length) {
    throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, [{ field: "id", code: "not_favouritable" }])
  }
  return new StepResponse(allowed)
})
