import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { loadOrderGroupEmailDataStep } from "./steps/load-order-group-email-data"
import { renderOrderGroupPlacedEmailStep } from "./steps/render-order-group-placed-email"

/** Emails the customer the confirmation of a placed order group, once per group. */
export const sendOrderGroupPlacedEmailWorkflow = createWorkflow("send-order-group-placed-email", (input: { id: string }) => {
  const data = loadOrderGroupEmailDataStep(input)
  const notifications = renderOrderGroupPlacedEmailStep(data)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
