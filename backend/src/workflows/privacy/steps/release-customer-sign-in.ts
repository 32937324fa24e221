import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { remainingAppMetadata } from "../../../domain/privacy/erasure"

/**
 * The last step: the customer's sign-in goes. An identity that served the customer alone is
 * deleted (with its password hash, and its email can register again); one the same person also
 * uses as a cooperative member or organizer only loses the customer. Nothing follows that could fail.
 */
export const releaseCustomerSignInStep = createStep("release-customer-sign-in", async (input: { customer_id: string; email: string }, { container }) => {
  const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
  const providers = await auth.listProviderIdentities({ entity_id: input.email }, { relations: ["auth_identity"] })
  const identities = providers
    .map((provider) => provider.auth_identity)
    .filter((identity): identity is NonNullable<typeof identity> => !!identity && identity.app_metadata?.customer_id === input.customer_id)
  let deleted = 0
  for (const identity of identities) {
    const remaining = remainingAppMetadata(identity.app_metadata)
    if (remaining) {
      await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...remaining, customer_id: null } })
    } else {
      await auth.deleteAuthIdentities([identity.id])
      deleted++
    }
  }
  return new StepResponse({ deleted, kept: identities.length - deleted })
})
