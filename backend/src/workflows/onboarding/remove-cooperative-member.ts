import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { deleteCooperativeMembersStep } from "./steps/delete-cooperative-members"

export type RemoveCooperativeMemberWorkflowInput = {
  cooperative_id: string
  /** The owner removing someone. */
  actor_member_id: string
  member_id: string
}

/**
 * The member to remove: of this cooperative (404 otherwise), not the caller, not the owner; and
 * the auth identity bound to it, if any. Read-only.
 */
const validateMemberRemovalStep = createStep(
  "validate-cooperative-member-removal",
  async (input: RemoveCooperativeMemberWorkflowInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [member] = await service.listCooperativeMembers({ id: input.member_id, cooperative_id: input.cooperative_id })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${input.member_id} was not found`)
    }
    if (member.id === input.actor_member_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot remove yourself from the cooperative")
    }
    if (member.role === "owner") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cooperative's owner cannot be removed")
    }
    const auth = container.resolve(Modules.AUTH)
    const providers = await auth.listProviderIdentities({ provider: "emailpass", entity_id: member.email })
    const identityIds = [...new Set(providers.map((provider) => provider.auth_identity_id).filter((id): id is string => !!id))]
    const identities = identityIds.length ? await auth.listAuthIdentities({ id: identityIds }) : []
    const bound = identities.find((identity) => identity.app_metadata?.member_id === member.id)
    return new StepResponse({ member_id: member.id, auth_identity_id: bound?.id ?? null })
  }
)

/**
 * An owner removes a member: the member is soft-deleted and their identity's `member_id` cleared,
 * so their sign-in no longer opens the portal (their current token gets 401 too).
 */
export const removeCooperativeMemberWorkflow = createWorkflow(
  "remove-cooperative-member",
  (input: RemoveCooperativeMemberWorkflowInput) => {
    const removal = validateMemberRemovalStep(input)
    when("unbind-member-identity", { removal }, ({ removal }) => !!removal.auth_identity_id).then(() => {
      setAuthAppMetadataStep({
        authIdentityId: transform({ removal }, ({ removal }) => removal.auth_identity_id ?? ""),
        actorType: "member",
        value: null,
      })
    })
    deleteCooperativeMembersStep(transform({ removal }, ({ removal }) => [removal.member_id]))
    return new WorkflowResponse(removal)
  }
)
