import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { EditionRecord } from "../types"
import { conflictOnDuplicate } from "../../../utils/state-conflict"

export const createEditionStep = createStep(
  "create-edition",
  async (input: EditionRecord, { container }) => {
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    const edition = await conflictOnDuplicate(() => market.createEditions(input), `The handle ${input.handle} is already taken`)
    return new StepResponse(edition, edition.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    await market.deleteEditions(id)
  }
)
