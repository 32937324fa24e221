import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesReport, salesReportCsv } from "../../sales-report"
import type { AdminSalesReportParamsType } from "../../validators"

/** `GET /admin/reports/sales/export.csv?from=&to=&group_by=`: the report's rows as a CSV file for Excel. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminSalesReportParamsType>, res: MedusaResponse) => {
  const report = await salesReport(req.scope, req.validatedQuery)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="tadamon-sales-${report.group_by}-${report.from}-${report.to}.csv"`)
  res.send(salesReportCsv(report))
}
