import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorMemberListResponse } from "@tadamon/shared"
import { toVendorMember, VENDOR_MEMBER_FIELDS } from "../../utils/vendor-serializers"
import { vendorOf } from "../context"

/** The cooperative's members, the owner first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorMemberListResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_member",
    fields: [...VENDOR_MEMBER_FIELDS],
    filters: { cooperative_id },
    pagination: { order: { created_at: "ASC" } },
  })
  const members = data.map(toVendorMember).sort((a, b) => Number(b.role === "owner") - Number(a.role === "owner"))
  res.json({ members })
}
