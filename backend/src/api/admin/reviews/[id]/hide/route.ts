import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewResponse, ApiErrorResponse } from "@tadamon/shared"
import { moderateReviewWorkflow } from "../../../../../workflows/review/moderate-review"
import { adminReview } from "../../../../utils/reviews"
import type { AdminHideReviewBodyType } from "../../validators"

/** `POST /admin/reviews/:id/hide` `{ reason }`: the review leaves the store; logged (409 when already hidden). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHideReviewBodyType>, res: MedusaResponse<AdminReviewResponse | ApiErrorResponse>) => {
  await moderateReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, decision: "hide", reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  res.json({ review: await adminReview(req.scope, req.params.id) })
}
