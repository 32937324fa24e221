import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadStatement, statementCsv } from "../../../../workflows/settlement/utils/statement"
import { vendorOf } from "../../context"
import type { VendorGetEarningsParamsType } from "../validators"

/** `GET /vendor/earnings/export.csv?from=&to=`: the statement's entries as a CSV file for Excel. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, VendorGetEarningsParamsType>, res: MedusaResponse) => {
  const period = req.validatedQuery as VendorGetEarningsParamsType
  const statement = await loadStatement(req.scope, vendorOf(req).cooperative_id, period)
  const name = ["tadamon", statement.cooperative.handle, period.from?.slice(0, 10), period.to?.slice(0, 10)].filter(Boolean).join("-")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/[^\w.-]/g, "_")}.csv"`)
  res.send(statementCsv(statement))
}
