import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { memberOrderAction } from "./order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The parcel reached the customer: Medusa's delivery of the order's fulfillment. Medusa's
 * `delivery.created` then lets the settlement check whether the order is also paid.
 */
export const deliverVendorOrderWorkflow = createWorkflow("deliver-vendor-order", (input: VendorOrderActionInput) => {
  const order = memberOrderAction(input, {
    action: "deliver",
    event: "delivered",
    emit: VendorOrderEvents.DELIVERED,
    work: (order) => {
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
        input: transform({ order }, ({ order }) => ({ orderId: order.order_id, fulfillmentId: order.fulfillment_id as string })),
      })
    },
  })
  return new WorkflowResponse(order)
})
