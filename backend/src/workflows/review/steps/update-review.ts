import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export type ReviewChanges = {
  status?: "visible" | "hidden"
  hidden_reason?: string | null
  answer_text?: string | null
  answer_member_id?: string | null
  answered_at?: Date | null
  answer_updated_at?: Date | null
}

/** Changes a review's moderation or answer fields; compensation puts back what they were. */
export const updateReviewStep = createStep(
  "update-review",
  async (input: { id: string; changes: ReviewChanges; previous: ReviewChanges }, { container }) => {
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const review = await service.updateReviews({ id: input.id, ...input.changes })
    return new StepResponse(review, { id: input.id, previous: input.previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await service.updateReviews({ id: undo.id, ...undo.previous })
  }
)
