import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorAcceptInvitationResponse } from "@tadamon/shared"
import { acceptCooperativeInvitationWorkflow } from "../../../../workflows/onboarding/accept-cooperative-invitation"
import { toVendorMember } from "../../../utils/vendor-serializers"
import { requestLocale } from "../../../utils/request-locale"
import type { VendorAcceptInvitationType } from "./validators"

/**
 * The invited person (bearer token of the identity they just registered with the invited email)
 * joins the cooperative. They then need a fresh token (`POST /auth/token/refresh` or sign in).
 */
export const POST = async (req: AuthenticatedMedusaRequest<VendorAcceptInvitationType>, res: MedusaResponse<VendorAcceptInvitationResponse>) => {
  const body = req.validatedBody
  const accepted = await acceptCooperativeInvitationWorkflow(req.scope).run({
    input: { ...body, locale: body.locale ?? requestLocale(req), auth_identity_id: req.auth_context.auth_identity_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({ entity: "cooperative", fields: ["id", "handle", "name", "status"], filters: { id: accepted.result.cooperative_id } })
  res.json({
    member: toVendorMember(accepted.result),
    cooperative: { id: cooperative.id, handle: cooperative.handle, name: cooperative.name, status: cooperative.status },
  })
}
