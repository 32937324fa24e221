import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Soft-deletes documents; restored on compensation. */
export const deleteCooperativeDocumentsStep = createStep(
  "delete-cooperative-documents",
  async (ids: string[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.softDeleteCooperativeDocuments(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.restoreCooperativeDocuments(ids)
  }
)
