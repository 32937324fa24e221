import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCooperativesWorkflow } from "./create-cooperatives"
import { createCooperativeDocumentsStep } from "./steps/create-cooperative-documents"
import { bindMemberIdentityStep } from "./steps/bind-member-identity"
import { claimApplicantUploadsStep } from "./steps/create-cooperative-uploads"
import { createCooperativeMembersStep } from "./steps/create-cooperative-members"
import { getRegisteringIdentityStep } from "./steps/get-registering-identity"
import { validateApplicationStep, type ValidateApplicationInput } from "./steps/validate-application"

/** `auth_identity_id`: the identity registered with `POST /auth/member/emailpass/register`, not yet a member. */
export type ApplyForCooperativeWorkflowInput = ValidateApplicationInput

/**
 * A cooperative applies to sell on Tadamon: its first member (the owner) has registered an
 * emailpass identity; this creates the cooperative (pending, through createCooperativesWorkflow),
 * the owner member, binds the identity to the member (`app_metadata.member_id`, like Medusa's
 * setAuthAppMetadataStep), gives the applicant's uploads to the cooperative and files the
 * documents. Any failure undoes every step.
 */
export const applyForCooperativeWorkflow = createWorkflow("apply-for-cooperative", (input: ApplyForCooperativeWorkflowInput) => {
  const identity = getRegisteringIdentityStep({ auth_identity_id: input.auth_identity_id })
  const valid = validateApplicationStep(input)

  const cooperatives = createCooperativesWorkflow.runAsStep({
    input: transform({ valid }, ({ valid }) => ({ cooperatives: [valid.cooperative] })),
  })
  const cooperative = transform({ cooperatives }, ({ cooperatives }) => cooperatives[0])

  const members = createCooperativeMembersStep(
    transform({ valid, identity, cooperative }, ({ valid, identity, cooperative }) => [
      { ...valid.member, email: identity.email, role: "owner" as const, cooperative_id: cooperative.id },
    ])
  )
  const member = transform({ members }, ({ members }) => members[0])

  bindMemberIdentityStep(transform({ input, member }, ({ input, member }) => ({ auth_identity_id: input.auth_identity_id, member_id: member.id })))

  claimApplicantUploadsStep(
    transform({ input, cooperative }, ({ input, cooperative }) => ({ auth_identity_id: input.auth_identity_id, cooperative_id: cooperative.id }))
  )

  const documents = createCooperativeDocumentsStep(
    transform({ valid, cooperative }, ({ valid, cooperative }) =>
      valid.documents.map((document) => ({ ...document, cooperative_id: cooperative.id }))
    )
  )

  return new WorkflowResponse({ cooperative, member, documents })
})
