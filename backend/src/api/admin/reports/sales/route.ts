import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesReport } from "../sales-report"
import type { AdminSalesReportResponse } from "../types"
import type { AdminSalesReportParamsType } from "../validators"

/**
 * `GET /admin/reports/sales?from=&to=&group_by=cooperative|category|edition|channel`: orders, units,
 * revenue and cash collected per group over Moroccan days (default: the last 30), with totals and a
 * daily series; grouped by edition, split into before, during and after the fair.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminSalesReportParamsType>,
  res: MedusaResponse<AdminSalesReportResponse>
) => {
  res.json(await salesReport(req.scope, req.validatedQuery))
}
