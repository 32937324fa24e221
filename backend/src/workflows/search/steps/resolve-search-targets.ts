import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTHING, searchTargetsOf, type SearchTargets } from "../utils/search-targets"

export type ResolveSearchTargetsInput = {
  /** An event that changed the catalog (its name and data), traced to the records it touched. */
  event?: { name: string; data: Record<string, unknown> | null }
  product_ids?: string[]
  cooperative_ids?: string[]
  all?: boolean
}

/** The products and cooperatives to index again: the ones named, and the ones an event touched. */
export const resolveSearchTargetsStep = createStep(
  "resolve-search-targets",
  async (input: ResolveSearchTargetsInput, { container }) => {
    const traced = input.event ? await searchTargetsOf(container, input.event.name, input.event.data) : NOTHING
    const targets: SearchTargets = {
      product_ids: [...new Set([...(input.product_ids ?? []), ...traced.product_ids])],
      cooperative_ids: [...new Set([...(input.cooperative_ids ?? []), ...traced.cooperative_ids])],
      all: !!input.all || traced.all,
    }
    return new StepResponse(targets)
  }
)
