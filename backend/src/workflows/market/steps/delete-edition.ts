import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

/**
 * Soft-deletes the edition with its stands and program (the model cascades), which frees its
 * handle; the compensation restores them.
 */
export const deleteEditionStep = createStep(
  "delete-edition",
  async (id: string, { container }) => {
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    await market.softDeleteEditions([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    await market.restoreEditions([id])
  }
)

/** The ids of the translation rows of an edition and its program items (read only). */
export const getEditionTranslationIdsStep = createStep("get-edition-translation-ids", async (id: string, { container }) => {
  const market: MarketModuleService = container.resolve(MARKET_MODULE)
  const items = await market.listProgramItems({ edition_id: id }, { select: ["id"], take: null })
  const rows = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: [id, ...items.map((item) => item.id)] }, { select: ["id"], take: null })
  return new StepResponse(rows.map((row) => row.id))
})
