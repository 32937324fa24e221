import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"

type Previous = {
  favourites: Array<{ customer_id: string; kind: "product" | "cooperative"; target_id: string }>
  digests: Array<{ customer_id: string; last_sent_at: Date | null; unsubscribed_at: Date | null }>
}

/**
 * The customer's saved products, followed cooperatives and digest record go with the account: they
 * serve no one else. Compensation writes them back.
 */
export const deleteCustomerFavouritesStep = createStep(
  "delete-customer-favourites",
  async (input: { customer_id: string }, { container }) => {
    const favourites = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    const own = await favourites.listFavourites({ customer_id: input.customer_id })
    const digests = await favourites.listFavouriteDigests({ customer_id: input.customer_id })
    if (own.length) {
      await favourites.deleteFavourites(own.map((favourite) => favourite.id))
    }
    if (digests.length) {
      await favourites.deleteFavouriteDigests(digests.map((digest) => digest.id))
    }
    const previous: Previous = {
      favourites: own.map(({ customer_id, kind, target_id }) => ({ customer_id, kind, target_id })),
      digests: digests.map(({ customer_id, last_sent_at, unsubscribed_at }) => ({
        customer_id,
        last_sent_at: last_sent_at ?? null,
        unsubscribed_at: unsubscribed_at ?? null,
      })),
    }
    return new StepResponse(own.length, previous)
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous) {
      return
    }
    const favourites = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    if (previous.favourites.length) {
      await favourites.createFavourites(previous.favourites)
    }
    if (previous.digests.length) {
      await favourites.createFavouriteDigests(previous.digests)
    }
  }
)
