import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CooperativeStatus, ModerationAction } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { stateConflict } from "../../../utils/state-conflict"

export type CooperativeTransition = "approve" | "reject" | "suspend" | "reinstate"

/**
 * Which statuses each decision applies to. `approve` also takes a rejected application (the
 * organizers changed their mind) and, as before, a suspended cooperative (then recorded as a
 * reinstatement); `reinstate` takes only a suspended one.
 */
const FROM: Record<CooperativeTransition, CooperativeStatus[]> = {
  approve: ["pending", "rejected", "suspended"],
  reject: ["pending"],
  suspend: ["approved"],
  reinstate: ["suspended"],
}

const PAST: Record<CooperativeTransition, string> = {
  approve: "approved",
  reject: "rejected",
  suspend: "suspended",
  reinstate: "reinstated",
}

/**
 * The organizers' decision applies to the cooperative's current status; 404 for an unknown id,
 * 409 otherwise. Read-only; returns the status it was in and the action to record.
 */
export const validateCooperativeTransitionStep = createStep(
  "validate-cooperative-transition",
  async (input: { cooperative_id: string; transition: CooperativeTransition }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await service.listCooperatives({ id: input.cooperative_id }, { select: ["id", "status"] })
    if (!cooperative) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
    }
    const status = cooperative.status
    if (!FROM[input.transition].includes(status)) {
      throw stateConflict(`A ${status} cooperative cannot be ${PAST[input.transition]}`)
    }
    const action: ModerationAction = input.transition === "approve" && status === "suspended" ? "reinstate" : input.transition
    return new StepResponse({ id: cooperative.id, previous_status: status, action })
  }
)
