import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewResponse, ApiErrorResponse } from "@tadamon/shared"
import { moderateReviewWorkflow } from "../../../../../workflows/review/moderate-review"
import { adminReview } from "../../../../utils/reviews"

/** `POST /admin/reviews/:id/restore`: a hidden review shows again; logged (409 when not hidden). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminReviewResponse | ApiErrorResponse>) => {
  await moderateReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, decision: "restore", actor_id: req.auth_context.actor_id },
  })
  res.json({ review: await adminReview(req.scope, req.params.id) })
}
