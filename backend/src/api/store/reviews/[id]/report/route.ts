import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, StoreReportReviewResponse } from "@tadamon/shared"
import { RATE_LIMIT_MODULE } from "../../../../../modules/rate-limit"
import type RateLimitModuleService from "../../../../../modules/rate-limit/service"
import { reportReviewWorkflow } from "../../../../../workflows/review/report-review"

/** `POST /store/reviews/:id/report`: anyone reports a visible review; once per customer (or address) counts. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreReportReviewResponse | ApiErrorResponse>) => {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  const limits: RateLimitModuleService = req.scope.resolve(RATE_LIMIT_MODULE)
  const reporterKey = customerId ? `customer:${customerId}` : `address:${limits.clientAddress(req)}`
  await reportReviewWorkflow(req.scope).run({ input: { review_id: req.params.id, reporter_key: reporterKey } })
  res.json({ reported: true })
}
