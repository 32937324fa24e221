import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRemittanceResponse } from "@tadamon/shared"
import { loadRemittance } from "../../remittance-report"

/** `GET /admin/settlement/remittances/:id`: one import's report, each line with its outcome (404 if unknown). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRemittanceResponse>) => {
  res.json({ remittance: await loadRemittance(req.scope, req.params.id) })
}
