import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { invalidField } from "../../utils/field-error"
import { stateConflict } from "../../utils/state-conflict"
import { ReviewEvents } from "./events"
import { getReviewStep, type ReviewSnapshot } from "./steps/get-review"
import { recordReviewModerationEventStep } from "./steps/record-review-moderation-event"
import { updateReviewStep } from "./steps/update-review"

export type ModerateReviewWorkflowInput = {
  review_id: string
  decision: "hide" | "restore"
  reason?: string | null
  /** The organizer (admin user id). */
  actor_id: string
}

/** Hiding takes a reason and a visible review; restoring a hidden one (409 otherwise). Read-only. */
const validateReviewDecisionStep = createStep(
  "validate-review-decision",
  async ({ input, review }: { input: ModerateReviewWorkflowInput; review: ReviewSnapshot }) => {
    const reason = input.reason?.trim() || null
    if (input.decision === "hide" && !reason) {
      throw invalidField("reason", "required")
    }
    const from = input.decision === "hide" ? "visible" : "hidden"
    if (review.status !== from) {
      throw stateConflict(input.decision === "hide" ? "This review is already hidden" : "This review is not hidden")
    }
    return new StepResponse({ reason })
  }
)

/**
 * An organizer hides a review (with a reason: it leaves the store at once) or restores it. The
 * decision is logged in the review's moderation events.
 */
export const moderateReviewWorkflow = createWorkflow("moderate-review", (input: ModerateReviewWorkflowInput) => {
  const review = getReviewStep(transform({ input }, ({ input }) => ({ id: input.review_id })))
  const checked = validateReviewDecisionStep({ input, review })
  const updated = updateReviewStep(
    transform({ input, review, checked }, ({ input, review, checked }) => ({
      id: review.id,
      changes:
        input.decision === "hide"
          ? { status: "hidden" as const, hidden_reason: checked.reason }
          : { status: "visible" as const, hidden_reason: null },
      previous: { status: review.status, hidden_reason: review.hidden_reason },
    }))
  )
  recordReviewModerationEventStep(
    transform({ input, review, checked }, ({ input, review, checked }) => ({
      review_id: review.id,
      action: input.decision,
      actor_id: input.actor_id,
      reason: checked.reason,
    }))
  )
  emitEventStep({
    eventName: ReviewEvents.CHANGED,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, cooperative_id: review.cooperative_id })),
  })
  return new WorkflowResponse(updated)
})
