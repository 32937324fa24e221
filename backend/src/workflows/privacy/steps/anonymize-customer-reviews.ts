import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

type Previous = Array<{ id: string; author_name: string }>

/**
 * The customer's reviews stay (other buyers read them, the averages count them) without their
 * signature: the store shows "a customer" instead of the first name and initial. Compensation
 * puts the signatures back.
 */
export const anonymizeCustomerReviewsStep = createStep(
  "anonymize-customer-reviews",
  async (input: { customer_id: string }, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const own = await reviews.listReviews({ customer_id: input.customer_id }, { select: ["id", "author_name"] })
    if (own.length) {
      await reviews.updateReviews(own.map((review) => ({ id: review.id, author_name: "" })))
    }
    return new StepResponse(own.length, own.map((review) => ({ id: review.id, author_name: review.author_name })))
  },
  async (previous: Previous | undefined, { container }) => {
    if (previous?.length) {
      await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateReviews(previous)
    }
  }
)
