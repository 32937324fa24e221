import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CooperativeTransition = "approve" | "suspend"

const FROM: Record<CooperativeTransition, string[]> = {
  approve: ["pending", "suspended"],
  suspend: ["pending", "approved"],
}

/**
 * The organizers' decision applies to the cooperative's current status: approve a pending or
 * suspended one, suspend (refuse) a pending or approved one; 404 for an unknown id, 409 otherwise.
 * Read-only; returns the status it was in.
 */
export const validateCooperativeTransitionStep = createStep(
  "validate-cooperative-transition",
  async (input: { cooperative_id: string; transition: CooperativeTransition }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await service.listCooperatives({ id: input.cooperative_id }, { select: ["id", "status"] })
    if (!cooperative) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
    }
    if (!FROM[input.transition].includes(cooperative.status)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `A ${cooperative.status} cooperative cannot be ${input.transition === "approve" ? "approved" : "suspended"}`)
    }
    return new StepResponse({ id: cooperative.id, previous_status: cooperative.status })
  }
)
