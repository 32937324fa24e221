import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReviewModerationAction } from "@tadamon/shared"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export type RecordReviewModerationEventInput = {
  review_id: string
  action: ReviewModerationAction
  actor_id: string | null
  reason: string | null
}

/**
 * Logs an organizer's decision about a review, with their email read now (kept if the account
 * goes), as `record-moderation-event` does for cooperatives. Compensation deletes the entry.
 */
export const recordReviewModerationEventStep = createStep(
  "record-review-moderation-event",
  async (input: RecordReviewModerationEventInput, { container }) => {
    let actorEmail: string | null = null
    if (input.actor_id) {
      const [user] = await container.resolve(Modules.USER).listUsers({ id: input.actor_id }, { select: ["id", "email"] })
      actorEmail = user?.email ?? null
    }
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const event = await service.createReviewModerationEvents({
      review_id: input.review_id,
      action: input.action,
      actor_id: input.actor_id,
      actor_email: actorEmail,
      reason: input.reason,
    })
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await service.deleteReviewModerationEvents(id)
  }
)
