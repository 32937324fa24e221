import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorEarningsResponse } from "@tadamon/shared"
import { loadStatement } from "../../../workflows/settlement/utils/statement"
import { vendorOf } from "../context"
import type { VendorGetEarningsParamsType } from "./validators"

/** `GET /vendor/earnings?from=&to=`: the cooperative's statement (sales, commission, refunds, payouts, balance due, entries). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, VendorGetEarningsParamsType>, res: MedusaResponse<VendorEarningsResponse>) => {
  const statement = await loadStatement(req.scope, vendorOf(req).cooperative_id, req.validatedQuery)
  res.json({ statement })
}
