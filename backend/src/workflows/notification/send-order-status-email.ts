import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { OrderStatusEmailKind } from "../../emails/order-status"
import { loadOrderStatusEmailDataStep } from "./steps/load-order-status-email-data"
import { renderOrderStatusEmailStep } from "./steps/render-order-status-email"

/** Emails the customer that a cooperative accepted, shipped, delivered or cancelled its order; once per order and step. */
export const sendOrderStatusEmailWorkflow = createWorkflow(
  "send-order-status-email",
  (input: { order_id: string; kind: OrderStatusEmailKind }) => {
    const data = loadOrderStatusEmailDataStep(input)
    const notifications = renderOrderStatusEmailStep(transform({ data, input }, ({ data, input }) => ({ kind: input.kind, input: data })))
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
