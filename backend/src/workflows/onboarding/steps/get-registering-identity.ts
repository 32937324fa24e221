import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { stateConflict } from "../../../utils/state-conflict"

export type RegisteringIdentity = { auth_identity_id: string; email: string }

/**
 * The auth identity of someone becoming a member (applying, or accepting an invitation): its
 * emailpass email. Refused (409) when the identity or the email already belongs to a member: a
 * person belongs to one cooperative. Read-only.
 */
export const getRegisteringIdentityStep = createStep(
  "get-registering-identity",
  async (input: { auth_identity_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth
      .retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
      .catch(() => null)
    if (!identity) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Register an account first")
    }
    const email = identity.provider_identities?.find((provider) => provider.provider === "emailpass")?.entity_id
    if (!email) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Register with an email and a password first")
    }
    if (identity.app_metadata?.member_id) {
      throw stateConflict("This account already belongs to a cooperative")
    }
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [member] = await cooperatives.listCooperativeMembers({ email }, { select: ["id"] })
    if (member) {
      throw stateConflict(`${email} already belongs to a cooperative`)
    }
    return new StepResponse<RegisteringIdentity>({ auth_identity_id: identity.id, email })
  }
)
