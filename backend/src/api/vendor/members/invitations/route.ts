import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorInvitationListResponse, VendorInvitationResponse } from "@tadamon/shared"
import { inviteCooperativeMemberWorkflow } from "../../../../workflows/onboarding/invite-cooperative-member"
import { toVendorInvitation, VENDOR_INVITATION_FIELDS } from "../../../utils/vendor-serializers"
import { vendorOf } from "../../context"
import type { VendorCreateInvitationType } from "../validators"

/** The cooperative's invitations, newest first (`expired` computed now). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorInvitationListResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_invitation",
    fields: [...VENDOR_INVITATION_FIELDS],
    filters: { cooperative_id },
    pagination: { order: { created_at: "DESC" } },
  })
  const now = new Date()
  res.json({ invitations: data.map((invitation) => toVendorInvitation(invitation, now)) })
}

/** The owner invites someone by email (the link goes by email only). */
export const POST = async (req: AuthenticatedMedusaRequest<VendorCreateInvitationType>, res: MedusaResponse<VendorInvitationResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  const invited = await inviteCooperativeMemberWorkflow(req.scope).run({
    input: { cooperative_id, invited_by: member_id, email: req.validatedBody.email, locale: req.validatedBody.locale },
  })
  res.json({ invitation: toVendorInvitation(invited.result) })
}
