import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCashClaimListResponse } from "@tadamon/shared"
import { loadCashClaims } from "../remittance-report"

/**
 * `GET /admin/settlement/cash-claims`: cash cooperatives declared collected while Amana or the
 * solidarity store holds it, not confirmed yet (organizers confirm with the carrier's remittance or
 * `POST /admin/orders/:id/cash-collected`).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCashClaimListResponse>) => {
  res.json({ claims: await loadCashClaims(req.scope) })
}
