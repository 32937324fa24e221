import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorInvitationResponse } from "@tadamon/shared"
import { revokeCooperativeInvitationWorkflow } from "../../../../../workflows/onboarding/revoke-cooperative-invitation"
import { toVendorInvitation } from "../../../../utils/vendor-serializers"
import { vendorOf } from "../../../context"

/** The owner revokes a pending invitation. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorInvitationResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const revoked = await revokeCooperativeInvitationWorkflow(req.scope).run({ input: { cooperative_id, invitation_id: req.params.id } })
  res.json({ invitation: toVendorInvitation(revoked.result) })
}
