import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow, cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { recordOrderLedgerWorkflow } from "../settlement/record-order-ledger"
import { VendorOrderEvents } from "./events"
import { memberOrderAction } from "./order-action"
import type { VendorOrderActionInput } from "./types"

export type CancelVendorOrderInput = VendorOrderActionInput & { reason: string }

/**
 * The cooperative cancels one of its orders before it ships, with a reason the customer reads.
 * Everything else is Medusa's: a prepared order's fulfillment is cancelled first (its stock goes
 * back to the cooperative's location), then `cancelOrderWorkflow` releases the reservations, voids
 * a cash-on-delivery payment and, in Medusa 2.21, refunds a captured payment, which for a card
 * order is that order's share of the PaymentIntent (a partial refund through Tadamon's Stripe
 * provider). Only this order is touched; the other cooperatives' orders of the group go on.
 */
export const cancelVendorOrderWorkflow = createWorkflow("cancel-vendor-order", (input: CancelVendorOrderInput) => {
  const order = memberOrderAction(input, {
    action: "cancel",
    event: "cancelled",
    emit: VendorOrderEvents.CANCELLED,
    ttl: 120,
    details: transform({ input }, ({ input }) => ({ reason: input.reason })),
    work: (order) => {
      when("cancel-prepared-fulfillment", { order }, ({ order }) => !!order.fulfillment_id).then(() => {
        cancelOrderFulfillmentWorkflow.runAsStep({
          input: transform({ order, input }, ({ order, input }) => ({
            order_id: order.order_id,
            fulfillment_id: order.fulfillment_id as string,
            canceled_by: input.member_id,
          })),
        })
      })
      cancelOrderWorkflow.runAsStep({
        input: transform({ order, input }, ({ order, input }) => ({ order_id: order.order_id, canceled_by: input.member_id })),
      })
      // A refund of an order whose sale is already in the ledger goes there too (idempotent; a
      // no-op before delivery, which is always the case for a cancellation).
      recordOrderLedgerWorkflow.runAsStep({ input: transform({ order }, ({ order }) => ({ order_id: order.order_id })) })
    },
  })
  return new WorkflowResponse(order)
})
