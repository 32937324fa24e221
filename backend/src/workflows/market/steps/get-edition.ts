import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

/** The edition's id and handle, or NOT_FOUND. */
export const getEditionStep = createStep("get-edition", async (id: string, { container }) => {
  const market: MarketModuleService = container.resolve(MARKET_MODULE)
  const [edition] = await market.listEditions({ id }, { select: ["id", "handle"], take: 1 })
  if (!edition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Edition ${id} was not found`)
  }
  return new StepResponse({ id: edition.id, handle: edition.handle })
})
