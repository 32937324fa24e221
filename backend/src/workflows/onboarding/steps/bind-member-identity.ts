import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/state-conflict"

export type BindMemberIdentityInput = { auth_identity_id: string; member_id: string }

/**
 * Binds an auth identity to its new member (`app_metadata.member_id`), as Medusa's
 * setAuthAppMetadataStep does, with a compensation that really unbinds it: Medusa's deletes the
 * key from the object it saves, but the Auth Module merges `app_metadata`, so the key would stay.
 * Here it is set back to null, which Medusa reads as "no member" (the identity can try again).
 */
export const bindMemberIdentityStep = createStep(
  "bind-member-identity",
  async (input: BindMemberIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.member_id) {
      throw stateConflict("This account already belongs to a cooperative")
    }
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...identity.app_metadata, member_id: input.member_id } })
    return new StepResponse(identity.id, identity.id)
  },
  async (identityId, { container }) => {
    if (!identityId) {
      return
    }
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(identityId)
    await auth.updateAuthIdentities({ id: identityId, app_metadata: { ...identity.app_metadata, member_id: null } })
  }
)
