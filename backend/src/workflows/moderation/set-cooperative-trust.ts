import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { recordModerationEventStep } from "./steps/record-moderation-event"
import { updateCooperativesStep } from "../onboarding/steps/update-cooperative-records"
import { stateConflict } from "../../utils/state-conflict"

export type SetCooperativeTrustWorkflowInput = {
  cooperative_id: string
  trusted: boolean
  /** The organizer (admin user id). */
  actor_id: string
}

/** 404 for an unknown cooperative, 409 when it already has that setting. Read-only. */
const validateTrustChangeStep = createStep("validate-cooperative-trust", async (input: SetCooperativeTrustWorkflowInput, { container }) => {
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const [cooperative] = await service.listCooperatives({ id: input.cooperative_id }, { select: ["id", "trusted"] })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
  }
  if (cooperative.trusted === input.trusted) {
    throw stateConflict(`Cooperative ${input.cooperative_id} is already ${input.trusted ? "trusted" : "not trusted"}`)
  }
  return new StepResponse({ id: cooperative.id })
})

/**
 * The organizers trust a cooperative (its products proposed from now on are published without
 * review) or withdraw that trust. Products already waiting stay in the review queue. Logged.
 */
export const setCooperativeTrustWorkflow = createWorkflow("set-cooperative-trust", (input: SetCooperativeTrustWorkflowInput) => {
  const checked = validateTrustChangeStep(input)
  updateCooperativesStep(transform({ checked, input }, ({ checked, input }) => [{ id: checked.id, trusted: input.trusted }]))
  recordModerationEventStep(
    transform({ checked, input }, ({ checked, input }) => ({
      cooperative_id: checked.id,
      action: input.trusted ? ("trust" as const) : ("distrust" as const),
      target_type: "cooperative" as const,
      target_id: checked.id,
      actor_id: input.actor_id,
    }))
  )
  return new WorkflowResponse(checked)
})
