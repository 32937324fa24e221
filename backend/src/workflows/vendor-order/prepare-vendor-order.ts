import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { memberOrderAction } from "./order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The cooperative has packed an accepted order: Medusa's fulfillment of every line from the
 * cooperative's own stock location (which turns the reservations into stock taken out).
 */
export const prepareVendorOrderWorkflow = createWorkflow("prepare-vendor-order", (input: VendorOrderActionInput) => {
  const order = memberOrderAction(input, {
    action: "prepare",
    event: "prepared",
    emit: VendorOrderEvents.PREPARED,
    work: (order) => {
      createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ order, input }, ({ order, input }) => ({
          order_id: order.order_id,
          items: order.items,
          ...(order.stock_location_id ? { location_id: order.stock_location_id } : {}),
          created_by: input.member_id,
        })),
      })
    },
  })
  return new WorkflowResponse(order)
})
