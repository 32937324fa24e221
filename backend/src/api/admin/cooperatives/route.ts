import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCooperativeListResponse } from "@tadamon/shared"
import { toVendorCooperative, VENDOR_COOPERATIVE_FIELDS } from "../../utils/vendor-serializers"
import type { AdminGetCooperativesType } from "./validators"

/** Every cooperative (any status), newest first; `?status=pending` lists the applications to review. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetCooperativesType>, res: MedusaResponse<AdminCooperativeListResponse>) => {
  const { status, limit = 20, offset = 0 } = req.validatedQuery as AdminGetCooperativesType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    fields: [...VENDOR_COOPERATIVE_FIELDS, "trusted"],
    filters: status ? { status } : {},
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ cooperatives: data.map((cooperative) => ({ ...toVendorCooperative(cooperative), trusted: cooperative.trusted === true })), count: metadata?.count ?? data.length, limit, offset })
}
