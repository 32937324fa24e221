import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeInvitationInput = {
  cooperative_id: string
  email: string
  token_hash: string
  expires_at: Date
  invited_by: string | null
}

export const createCooperativeInvitationsStep = createStep(
  "create-cooperative-invitations",
  async (input: CreateCooperativeInvitationInput[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const invitations = await service.createCooperativeInvitations(input)
    return new StepResponse(invitations, invitations.map((invitation) => invitation.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeInvitations(ids)
  }
)
