import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorMemberDeleteResponse } from "@tadamon/shared"
import { removeCooperativeMemberWorkflow } from "../../../../workflows/onboarding/remove-cooperative-member"
import { vendorOf } from "../../context"

/** The owner removes a member (not themselves); their sign-in no longer opens the portal. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorMemberDeleteResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await removeCooperativeMemberWorkflow(req.scope).run({
    input: { cooperative_id, actor_member_id: member_id, member_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "cooperative_member", deleted: true })
}
