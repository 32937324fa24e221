import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorEarningsSeriesResponse } from "@tadamon/shared"
import { loadEarningsSeries } from "../../../../workflows/settlement/utils/statement"
import { withFieldErrors } from "../../../utils/validation"
import { vendorOf } from "../../context"
import type { VendorGetEarningsSeriesParamsType } from "../validators"

/** `GET /vendor/earnings/series?from=&to=&interval=day|week|month`: sales per period, for a chart. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetEarningsSeriesParamsType>,
  res: MedusaResponse<VendorEarningsSeriesResponse>
) => {
  const series = await withFieldErrors(req, res, () =>
    loadEarningsSeries(req.scope, vendorOf(req).cooperative_id, req.validatedQuery as VendorGetEarningsSeriesParamsType)
  )
  if (series) {
    res.json(series)
  }
}
