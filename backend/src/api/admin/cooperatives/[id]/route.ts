import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeResponse } from "@tadamon/shared"
import { retrieveAdminCooperative } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeResponse>) => {
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}
