import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeStatementResponse } from "@tadamon/shared"
import { loadStatement } from "../../../../../../workflows/settlement/utils/statement"
import type { PeriodParamsType } from "../../../../../utils/period"

/** `GET /admin/settlement/cooperatives/:id/statement?from=&to=`: a cooperative's statement, as its members see it. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PeriodParamsType>, res: MedusaResponse<AdminCooperativeStatementResponse>) => {
  res.json({ statement: await loadStatement(req.scope, req.params.id, req.validatedQuery) })
}
