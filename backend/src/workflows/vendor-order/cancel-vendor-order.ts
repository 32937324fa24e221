import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { recordOrderLedgerWorkflow } from "../settlement/record-order-ledger"
import { VendorOrderEvents } from "./events"
import { recordOrderProgressEventStep } from "./steps/record-order-progress-event"
import { validateVendorOrderActionStep } from "./steps/validate-vendor-order-action"
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
  const lockKey = transform({ input }, ({ input }) => `vendor-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
  const order = validateVendorOrderActionStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action: "cancel" as const }))
  )
  recordOrderProgressEventStep(
    transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      display_id: order.display_id,
      cooperative_id: order.cooperative_id,
      event: "cancelled" as const,
      actor_type: "member" as const,
      actor_id: input.member_id,
      reason: input.reason,
    }))
  )
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
  // A refund of an order whose sale is already in the ledger goes there too (idempotent; a no-op
  // before delivery, which is always the case for a cancellation).
  recordOrderLedgerWorkflow.runAsStep({ input: transform({ order }, ({ order }) => ({ order_id: order.order_id })) })
  emitEventStep({ eventName: VendorOrderEvents.CANCELLED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(order)
})
