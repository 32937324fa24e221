import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { INVITATION_VALID_DAYS, LOCALE_TAGS, type Locale } from "@tadamon/shared"
import { emailLocale } from "../../emails/locale"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { createCooperativeInvitationsStep } from "./steps/create-cooperative-invitations"
import { renderMemberInvitationEmailStep } from "./steps/render-member-emails"
import { updateCooperativeInvitationsStep } from "./steps/update-cooperative-records"
import { newInvitationToken, normalizeEmail } from "../../domain/onboarding/invitation-token"
import { stateConflict } from "../../utils/state-conflict"

export type InviteCooperativeMemberWorkflowInput = {
  cooperative_id: string
  /** The inviting member (the owner). */
  invited_by: string
  email: string
  /** The email's language; the cooperative's otherwise. */
  locale?: Locale
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Checks the invitation (the email is nobody's member yet: one cooperative per person, 409),
 * prepares the token and its hash, and lists the pending invitations it replaces. Read-only.
 */
const prepareInvitationStep = createStep("prepare-cooperative-invitation", async (input: InviteCooperativeMemberWorkflowInput, { container }) => {
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const email = normalizeEmail(input.email)
  const [cooperative] = await service.listCooperatives({ id: input.cooperative_id }, { select: ["id", "locale"] })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
  }
  const members = await service.listCooperativeMembers({ email: [email, input.email.trim()] }, { select: ["id", "cooperative_id"] })
  if (members.length) {
    throw stateConflict(`${email} is already a member of a cooperative`)
  }
  const [inviter] = await service.listCooperativeMembers({ id: input.invited_by }, { select: ["first_name", "last_name"] })
  const pending = await service.listCooperativeInvitations(
    { cooperative_id: cooperative.id, email, status: "pending" },
    { select: ["id"] }
  )
  const locale = input.locale ?? emailLocale(cooperative.locale)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [named],
  } = await query.graph({ entity: "cooperative", fields: ["name"], filters: { id: cooperative.id } }, { locale: LOCALE_TAGS[locale] })
  const { token, token_hash } = newInvitationToken()
  return new StepResponse({
    email,
    token,
    token_hash,
    locale,
    expires_at: new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS),
    cooperative_name: named?.name ?? "",
    inviter_name: inviter ? `${inviter.first_name} ${inviter.last_name}`.trim() : "",
    replaced_ids: pending.map((invitation) => invitation.id),
  })
})

/**
 * An owner invites someone by email: a new invitation (its token stored hashed, valid 7 days)
 * replaces any pending one for that email, and the email goes out in the cooperative's language.
 * If the email cannot be sent, nothing is kept.
 */
export const inviteCooperativeMemberWorkflow = createWorkflow("invite-cooperative-member", (input: InviteCooperativeMemberWorkflowInput) => {
  const prepared = prepareInvitationStep(input)
  updateCooperativeInvitationsStep(
    transform({ prepared }, ({ prepared }) => prepared.replaced_ids.map((id) => ({ id, status: "revoked" as const })))
  )
  const invitations = createCooperativeInvitationsStep(
    transform({ input, prepared }, ({ input, prepared }) => [
      {
        cooperative_id: input.cooperative_id,
        email: prepared.email,
        token_hash: prepared.token_hash,
        expires_at: prepared.expires_at,
        invited_by: input.invited_by,
      },
    ])
  )
  const invitation = transform({ invitations }, ({ invitations }) => invitations[0])
  const notifications = renderMemberInvitationEmailStep(
    transform({ prepared, invitation }, ({ prepared, invitation }) => ({
      invitation_id: invitation.id,
      email: prepared.email,
      token: prepared.token,
      locale: prepared.locale,
      cooperative_name: prepared.cooperative_name,
      inviter_name: prepared.inviter_name,
      valid_days: INVITATION_VALID_DAYS,
    }))
  )
  sendNotificationsStep(notifications)
  return new WorkflowResponse(invitation)
})
