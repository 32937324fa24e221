import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeMoroccanPhone, type Locale } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { bindMemberIdentityStep } from "./steps/bind-member-identity"
import { createCooperativeMembersStep } from "./steps/create-cooperative-members"
import { getRegisteringIdentityStep, type RegisteringIdentity } from "./steps/get-registering-identity"
import { updateCooperativeInvitationsStep } from "./steps/update-cooperative-records"
import { invalidField } from "../../utils/field-error"
import { hashInvitationToken, normalizeEmail } from "../../domain/onboarding/invitation-token"

export type AcceptCooperativeInvitationWorkflowInput = {
  /** The identity the invited person just registered, not yet a member. */
  auth_identity_id: string
  token: string
  first_name: string
  last_name: string
  phone?: string | null
  locale?: Locale
}

/**
 * The invitation behind a token: pending and unexpired (`token` field error otherwise), sent to
 * the email the person registered with. Read-only.
 */
const validateInvitationTokenStep = createStep(
  "validate-cooperative-invitation-token",
  async (input: { token: string; phone?: string | null; identity: RegisteringIdentity }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [invitation] = await service.listCooperativeInvitations({ token_hash: hashInvitationToken(input.token.trim()) })
    if (!invitation || invitation.status !== "pending" || new Date(invitation.expires_at).getTime() <= Date.now()) {
      throw invalidField("token", "invitation_invalid")
    }
    if (normalizeEmail(invitation.email) !== normalizeEmail(input.identity.email)) {
      throw invalidField("token", "invitation_other_email")
    }
    let phone: string | null = null
    if (input.phone?.trim()) {
      phone = normalizeMoroccanPhone(input.phone)
      if (!phone) {
        throw invalidField("phone", "invalid_phone")
      }
    }
    return new StepResponse({ invitation_id: invitation.id, cooperative_id: invitation.cooperative_id, phone })
  }
)

/**
 * The invited person joins: a member of the inviting cooperative is created with the email they
 * registered, their identity is bound to it, the invitation is used up. All or nothing.
 */
export const acceptCooperativeInvitationWorkflow = createWorkflow(
  "accept-cooperative-invitation",
  (input: AcceptCooperativeInvitationWorkflowInput) => {
    const identity = getRegisteringIdentityStep({ auth_identity_id: input.auth_identity_id })
    const valid = validateInvitationTokenStep(
      transform({ input, identity }, ({ input, identity }) => ({ token: input.token, phone: input.phone, identity }))
    )
    const members = createCooperativeMembersStep(
      transform({ input, identity, valid }, ({ input, identity, valid }) => [
        {
          cooperative_id: valid.cooperative_id,
          email: identity.email,
          first_name: input.first_name.trim(),
          last_name: input.last_name.trim(),
          phone: valid.phone,
          role: "member" as const,
          locale: input.locale ?? null,
        },
      ])
    )
    const member = transform({ members }, ({ members }) => members[0])
    bindMemberIdentityStep(transform({ input, member }, ({ input, member }) => ({ auth_identity_id: input.auth_identity_id, member_id: member.id })))
    updateCooperativeInvitationsStep(
      transform({ valid, member }, ({ valid, member }) => [
        { id: valid.invitation_id, status: "accepted" as const, accepted_at: new Date(), member_id: member.id },
      ])
    )
    return new WorkflowResponse(member)
  }
)
