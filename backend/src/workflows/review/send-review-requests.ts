import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, type SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { renderReviewRequestEmail } from "../../emails/review-request"
import { EMAIL_CHANNEL } from "../notification/storefront-url"
import { findDueReviewRequestsStep } from "./steps/find-due-review-requests"
import { getStorefrontUrlStep } from "./steps/get-storefront-url"
import { recordReviewRequestsStep } from "./steps/record-review-requests"

export const REVIEW_REQUEST_TEMPLATE = "review-request"

/**
 * A few days after delivery (the review module's `request_after_days`, TADAMON_REVIEW_REQUEST_DAYS,
 * 3 by default), the customer is asked by email, in their order's language, to review what they
 * received; once per order, recorded before sending (and the notification's idempotency key
 * holds it too).
 */
export const sendReviewRequestsWorkflow = createWorkflow("send-review-requests", (input: { now?: string }) => {
  const due = findDueReviewRequestsStep(input)
  const recorded = recordReviewRequestsStep(due)
  const storefront = getStorefrontUrlStep()
  const notifications = transform({ recorded, storefront }, ({ recorded, storefront }): SendNotificationsStepInput =>
    recorded.map((request) => ({
      to: request.email,
      channel: EMAIL_CHANNEL,
      template: REVIEW_REQUEST_TEMPLATE,
      content: renderReviewRequestEmail(request, storefront),
      data: { locale: request.locale, order_id: request.order_id },
      trigger_type: "review.request",
      resource_id: request.order_id,
      resource_type: "order",
      receiver_id: request.customer_id,
      idempotency_key: `${REVIEW_REQUEST_TEMPLATE}:${request.order_id}`,
    }))
  )
  sendNotificationsStep(notifications)
  return new WorkflowResponse(recorded)
})
