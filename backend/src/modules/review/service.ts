import { MedusaService } from "@medusajs/framework/utils"
import Review from "./models/review"
import ReviewModerationEvent from "./models/review-moderation-event"
import ReviewReport from "./models/review-report"
import ReviewRequest from "./models/review-request"
import { reviewRequestDays } from "../../domain/reviews/review-request"

export type ReviewModuleOptions = {
  /** Days after delivery before the review request email goes (TADAMON_REVIEW_REQUEST_DAYS). */
  request_after_days?: number
}

class ReviewModuleService extends MedusaService({
  Review,
  ReviewReport,
  ReviewModerationEvent,
  ReviewRequest,
}) {
  readonly requestAfterDays: number

  constructor(cradle: Record<string, unknown>, options: ReviewModuleOptions = {}) {
    super(cradle, options)
    this.requestAfterDays = reviewRequestDays(options?.request_after_days)
  }
}

export default ReviewModuleService
