import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { EditionRecord } from "../types"
import { conflictOnDuplicate } from "../../../utils/state-conflict"

export type UpdateEditionStepInput = { id: string; fields: Partial<EditionRecord> }

/** Changes the edition's own columns; the compensation puts back the previous values of those columns. */
export const updateEditionStep = createStep(
  "update-edition",
  async ({ id, fields }: UpdateEditionStepInput, { container }) => {
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    const keys = Object.keys(fields) as (keyof EditionRecord)[]
    if (!keys.length) {
      return new StepResponse(null, null)
    }
    const before = await market.retrieveEdition(id)
    const previous = Object.fromEntries(keys.map((key) => [key, before[key] ?? null])) as Partial<EditionRecord>
    await conflictOnDuplicate(() => market.updateEditions({ id, ...fields }), `The handle ${fields.handle ?? before.handle} is already taken`)
    return new StepResponse(null, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    await market.updateEditions({ id: undo.id, ...undo.previous })
  }
)
