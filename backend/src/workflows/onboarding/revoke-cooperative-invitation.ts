import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { updateCooperativeInvitationsStep } from "./steps/update-cooperative-records"
import { stateConflict } from "../../utils/state-conflict"

export type RevokeCooperativeInvitationWorkflowInput = { cooperative_id: string; invitation_id: string }

/** The cooperative's own pending invitation (404 for another's, 409 when already used or revoked). */
const validateRevocableInvitationStep = createStep(
  "validate-revocable-cooperative-invitation",
  async (input: RevokeCooperativeInvitationWorkflowInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [invitation] = await service.listCooperativeInvitations({ id: input.invitation_id, cooperative_id: input.cooperative_id })
    if (!invitation) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation ${input.invitation_id} was not found`)
    }
    if (invitation.status !== "pending") {
      throw stateConflict(`Invitation ${invitation.id} is ${invitation.status}`)
    }
    return new StepResponse(invitation.id)
  }
)

/** An owner withdraws a pending invitation: its link stops working. */
export const revokeCooperativeInvitationWorkflow = createWorkflow(
  "revoke-cooperative-invitation",
  (input: RevokeCooperativeInvitationWorkflowInput) => {
    const id = validateRevocableInvitationStep(input)
    const updated = updateCooperativeInvitationsStep(transform({ id }, ({ id }) => [{ id, status: "revoked" as const }]))
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
