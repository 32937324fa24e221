import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export type ReviewSnapshot = {
  id: string
  product_id: string
  cooperative_id: string
  status: "visible" | "hidden"
  hidden_reason: string | null
  answer_text: string | null
  answer_member_id: string | null
  answered_at: Date | null
  answer_updated_at: Date | null
}

/**
 * The review a workflow acts on; 404 when there is none, or when `cooperative_id` is given and the
 * review is of another cooperative's product (so a cooperative cannot tell others' reviews exist).
 * Read-only.
 */
export const getReviewStep = createStep("get-review", async (input: { id: string; cooperative_id?: string }, { container }) => {
  const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
  const [review] = await service.listReviews(
    { id: input.id },
    {
      select: ["id", "product_id", "cooperative_id", "status", "hidden_reason", "answer_text", "answer_member_id", "answered_at", "answer_updated_at"],
      take: 1,
    }
  )
  if (!review || (input.cooperative_id !== undefined && review.cooperative_id !== input.cooperative_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.id} was not found`)
  }
  return new StepResponse<ReviewSnapshot>(review)
})
