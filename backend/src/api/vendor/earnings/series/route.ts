import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorEarningsSeriesResponse } from "@tadamon/shared"
import { loadEarningsSeries } from "../../../../workflows/settlement/utils/statement"
import { vendorOf } from "../../context"
import type { VendorGetEarningsSeriesParamsType } from "../validators"

/** `GET /vendor/earnings/series?from=&to=&interval=day|week|month`: sales per period, for a chart. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetEarningsSeriesParamsType>,
  res: MedusaResponse<VendorEarningsSeriesResponse>
) => {
  res.json(await loadEarningsSeries(req.scope, vendorOf(req).cooperative_id, req.validatedQuery))
}
