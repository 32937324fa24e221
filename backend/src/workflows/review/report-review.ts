import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordReviewReportStep } from "./steps/record-review-report"

export type ReportReviewWorkflowInput = {
  review_id: string
  /** `customer:<id>` for a signed-in customer, `address:<client address>` for a visitor. */
  reporter_key: string
}

/** Someone reports a review to the organizers; reported reviews come first in their queue. */
export const reportReviewWorkflow = createWorkflow("report-review", (input: ReportReviewWorkflowInput) => {
  return new WorkflowResponse(recordReviewReportStep(input))
})
