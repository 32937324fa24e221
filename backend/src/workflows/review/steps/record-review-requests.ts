import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { DueReviewRequest } from "./find-due-review-requests"

/**
 * Records the requests about to be sent, one per order (the unique index refuses a second, so two
 * runs at once send each email once). Compensation deletes them: an email that failed to go is
 * asked again next run.
 */
export const recordReviewRequestsStep = createStep(
  "record-review-requests",
  async (due: DueReviewRequest[], { container }) => {
    if (!due.length) {
      return new StepResponse([] as DueReviewRequest[], [] as string[])
    }
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const sentAt = new Date()
    const records = await service.createReviewRequests(
      due.map((request) => ({ order_id: request.order_id, customer_id: request.customer_id, locale: request.locale, sent_at: sentAt }))
    )
    return new StepResponse(due, records.map((record) => record.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await service.deleteReviewRequests(ids)
  }
)
