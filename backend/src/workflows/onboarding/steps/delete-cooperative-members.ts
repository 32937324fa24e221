import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Soft-deletes members (their orders and history keep the id); restored on compensation. */
export const deleteCooperativeMembersStep = createStep(
  "delete-cooperative-members",
  async (ids: string[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.softDeleteCooperativeMembers(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.restoreCooperativeMembers(ids)
  }
)
