import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReviewLanguage } from "@tadamon/shared"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { LocalizedFieldError } from "../../../utils/localized-field-error"

export type CreateReviewStepInput = {
  product_id: string
  cooperative_id: string
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  text: string | null
  language: ReviewLanguage
  author_name: string
}

/**
 * Writes the review; the unique index on the line turns a concurrent second review of it into the
 * same 409 the check gives. Compensation deletes it.
 */
export const createReviewStep = createStep(
  "create-review",
  async (input: CreateReviewStepInput, { container }) => {
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    try {
      const review = await service.createReviews(input)
      return new StepResponse(review, review.id)
    } catch (error) {
      if ((error as { type?: unknown } | null)?.type === MedusaError.Types.DUPLICATE_ERROR) {
        throw new LocalizedFieldError(MedusaError.Types.CONFLICT, [{ field: "line_item_id", code: "review_exists" }])
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await service.deleteReviews(id)
  }
)
