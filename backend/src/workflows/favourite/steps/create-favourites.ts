import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FavouriteRef } from "@tadamon/shared"
import { favouritesToCreate } from "../../../domain/favourites/favourites"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"

export type CreateFavouritesInput = { customer_id: string; items: FavouriteRef[] }

async function savedRefs(service: FavouriteModuleService, customerId: string, items: FavouriteRef[]): Promise<FavouriteRef[]> {
  if (!items.length) {
    return []
  }
  const rows = await service.listFavourites({ customer_id: customerId, target_id: items.map((item) => item.id) }, { select: ["kind", "target_id"] })
  return rows.map((row) => ({ kind: row.kind, id: row.target_id }))
}

/**
 * Saves the customer's refs not yet saved; what is already there stays as it was (idempotent). A
 * concurrent save of the same ref meets the unique index: that one is then saved one by one,
 * keeping whichever row won. Compensation removes exactly the rows this step created.
 */
export const createFavouritesStep = createStep(
  "create-favourites",
  async (input: CreateFavouritesInput, { container }) => {
    const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    const missing = favouritesToCreate(await savedRefs(service, input.customer_id, input.items), input.items, () => true)
    const data = missing.map((ref) => ({ customer_id: input.customer_id, kind: ref.kind, target_id: ref.id }))
    if (!data.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    try {
      const created = await service.createFavourites(data)
      const ids = created.map((row) => row.id)
      return new StepResponse(ids, ids)
    } catch {
      const ids: string[] = []
      for (const row of data) {
        const [existing] = await service.listFavourites(row, { select: ["id"] })
        if (!existing) {
          ids.push((await service.createFavourites(row)).id)
        }
      }
      return new StepResponse(ids, ids)
    }
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<FavouriteModuleService>(FAVOURITE_MODULE).deleteFavourites(ids)
    }
  }
)
