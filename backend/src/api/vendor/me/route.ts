import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorMeResponse } from "@tadamon/shared"
import { vendorOf } from "../context"

/** The signed-in member and their cooperative (any status: a pending one prepares its shop). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorMeResponse>) => {
  const vendor = vendorOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph(
    {
      entity: "cooperative_member",
      fields: [
        "id",
        "email",
        "first_name",
        "last_name",
        "phone",
        "role",
        "locale",
        "cooperative.id",
        "cooperative.handle",
        "cooperative.name",
        "cooperative.status",
        "cooperative.status_reason",
        "cooperative.sector",
        "cooperative.province",
        "cooperative.region",
        "cooperative.commune",
        "cooperative.logo",
        "cooperative.locale",
      ],
      filters: { id: vendor.member_id },
    },
    { locale: req.locale }
  )
  const { cooperative, ...rest } = member
  res.json({ member: rest, cooperative })
}
