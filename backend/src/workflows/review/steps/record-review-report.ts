import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

/**
 * Records one reporter's report of a visible review (404 for a hidden or unknown one) and sets the
 * review's count to its distinct reporters: reporting twice counts once. Compensation removes the
 * report it wrote and counts again.
 */
export const recordReviewReportStep = createStep(
  "record-review-report",
  async (input: { review_id: string; reporter_key: string }, { container }) => {
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const [review] = await service.listReviews({ id: input.review_id, status: "visible" }, { select: ["id"], take: 1 })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id} was not found`)
    }
    const [existing] = await service.listReviewReports({ review_id: input.review_id, reporter_key: input.reporter_key }, { select: ["id"], take: 1 })
    let createdId: string | null = null
    if (!existing) {
      try {
        createdId = (await service.createReviewReports({ review_id: input.review_id, reporter_key: input.reporter_key })).id
      } catch (error) {
        // The same reporter twice at once: the unique index kept one.
        if ((error as { type?: unknown } | null)?.type !== MedusaError.Types.DUPLICATE_ERROR) {
          throw error
        }
      }
    }
    const [, count] = await service.listAndCountReviewReports({ review_id: input.review_id }, { select: ["id"], take: 1 })
    await service.updateReviews({ id: input.review_id, report_count: count })
    return new StepResponse({ review_id: input.review_id, report_count: count }, createdId ? { id: createdId, review_id: input.review_id } : null)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await service.deleteReviewReports(undo.id)
    const [, count] = await service.listAndCountReviewReports({ review_id: undo.review_id }, { select: ["id"], take: 1 })
    await service.updateReviews({ id: undo.review_id, report_count: count })
  }
)
