import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "./events"
import { getReviewStep } from "./steps/get-review"
import { updateReviewStep } from "./steps/update-review"

export type AnswerReviewWorkflowInput = {
  review_id: string
  /** The member's cooperative, resolved by the portal's middleware; a review of another cooperative's product is 404. */
  cooperative_id: string
  member_id: string
  text: string
}

/** The cooperative answers a review of one of its products publicly; answering again edits the one answer. */
export const answerReviewWorkflow = createWorkflow("answer-review", (input: AnswerReviewWorkflowInput) => {
  const review = getReviewStep(transform({ input }, ({ input }) => ({ id: input.review_id, cooperative_id: input.cooperative_id })))
  const updated = updateReviewStep(
    transform({ input, review }, ({ input, review }) => {
      const now = new Date()
      return {
        id: review.id,
        changes: {
          answer_text: input.text,
          answer_member_id: input.member_id,
          answered_at: review.answered_at ?? now,
          answer_updated_at: now,
        },
        previous: {
          answer_text: review.answer_text,
          answer_member_id: review.answer_member_id,
          answered_at: review.answered_at,
          answer_updated_at: review.answer_updated_at,
        },
      }
    })
  )
  emitEventStep({
    eventName: ReviewEvents.CHANGED,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, cooperative_id: review.cooperative_id })),
  })
  return new WorkflowResponse(updated)
})
