import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, VendorReviewResponse } from "@tadamon/shared"
import { answerReviewWorkflow } from "../../../../../workflows/review/answer-review"
import { vendorReview } from "../../../../utils/reviews"
import { vendorOf } from "../../../context"
import type { VendorAnswerReviewBodyType } from "../../validators"

/** `POST /vendor/reviews/:id/answer` `{ text }`: the cooperative's public answer, written or edited (404 for another cooperative's review). */
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorAnswerReviewBodyType>,
  res: MedusaResponse<VendorReviewResponse | ApiErrorResponse>
) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await answerReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, cooperative_id, member_id, text: req.validatedBody.text },
  })
  res.json({ review: await vendorReview(req.scope, cooperative_id, req.params.id) })
}
