import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ReviewLanguage } from "@tadamon/shared"
import { ReviewEvents } from "./events"
import { createReviewStep } from "./steps/create-review"
import { validateReviewLineStep } from "./steps/validate-review-line"

export type CreateReviewWorkflowInput = {
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  text?: string | null
  language: ReviewLanguage
}

/**
 * A verified buyer reviews a line of their own delivered order, once. The only way a review is
 * created: no route, import or payment writes one otherwise.
 */
export const createReviewWorkflow = createWorkflow("create-review", (input: CreateReviewWorkflowInput) => {
  const checked = validateReviewLineStep(input)
  const review = createReviewStep(
    transform({ input, checked }, ({ input, checked }) => ({
      product_id: checked.product_id,
      cooperative_id: checked.cooperative_id,
      customer_id: input.customer_id,
      order_id: input.order_id,
      line_item_id: input.line_item_id,
      rating: input.rating,
      text: input.text?.trim() ? input.text : null,
      language: input.language,
      author_name: checked.author_name,
    }))
  )
  emitEventStep({
    eventName: ReviewEvents.CHANGED,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, cooperative_id: review.cooperative_id })),
  })
  return new WorkflowResponse(review)
})
