import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAVOURITE_MODULE } from "../../../modules/favourite"
import type FavouriteModuleService from "../../../modules/favourite/service"

type DigestState = { customer_id: string; last_sent_at?: Date | null; unsubscribed_at?: Date | null }
type Previous = { created: string[]; updated: Array<{ id: string; last_sent_at: Date | null; unsubscribed_at: Date | null }> }

/**
 * Writes each customer's digest record (when their digest went, or that they unsubscribed),
 * creating it when needed. Compensation puts back exactly what was there.
 */
export const recordDigestStateStep = createStep(
  "record-favourites-digest-state",
  async (input: DigestState[], { container }) => {
    const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    const previous: Previous = { created: [], updated: [] }
    if (!input.length) {
      return new StepResponse(0, previous)
    }
    const existing = await service.listFavouriteDigests({ customer_id: input.map((state) => state.customer_id) })
    const byCustomer = new Map(existing.map((row) => [row.customer_id, row]))
    for (const state of input) {
      const row = byCustomer.get(state.customer_id)
      const changes = {
        ...(state.last_sent_at !== undefined ? { last_sent_at: state.last_sent_at } : {}),
        ...(state.unsubscribed_at !== undefined ? { unsubscribed_at: state.unsubscribed_at } : {}),
      }
      if (row) {
        previous.updated.push({ id: row.id, last_sent_at: row.last_sent_at ?? null, unsubscribed_at: row.unsubscribed_at ?? null })
        await service.updateFavouriteDigests({ id: row.id, ...changes })
      } else {
        previous.created.push((await service.createFavouriteDigests({ customer_id: state.customer_id, ...changes })).id)
      }
    }
    return new StepResponse(input.length, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
    if (previous.created.length) {
      await service.deleteFavouriteDigests(previous.created)
    }
    for (const row of previous.updated) {
      await service.updateFavouriteDigests(row)
    }
  }
)
