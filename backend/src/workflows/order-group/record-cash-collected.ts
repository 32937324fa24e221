import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, emitEventStep, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "../vendor-order/events"
import { progressEventOf, recordOrderProgressEventStep } from "../vendor-order/steps/record-order-progress-event"
import { orderAction } from "../vendor-order/order-action"

export type RecordCashCollectedInput = {
  order_id: string
  /** The organizer (user id) confirming the cash. */
  captured_by: string
  /**
   * The carrier's remittance confirms the cash: a shipped order not marked delivered was delivered
   * (the carrier collected its cash from the customer), so its delivery is recorded first.
   */
  delivered_by_carrier?: boolean
}

/**
 * Organizers confirm the cash of one delivered cash-on-delivery order that Amana (its remittance)
 * or the solidarity store (its till) holds: that order's payment, and only that one, is captured,
 * and its sale then reaches the cooperative's ledger. Never for a cooperative's own home delivery
 * (the cooperative holds that cash and records it itself), a card order, a cancelled order, an
 * order not delivered, or cash already confirmed: the same rules, lock, progress event (by a
 * `user`) and events as the cooperative's portal actions.
 */
export const recordCashCollectedWorkflow = createWorkflow("record-cash-collected", (input: RecordCashCollectedInput) => {
  const rules = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    action: "cash-collected" as const,
    actor: "organizer" as const,
    delivered_by_carrier: input.delivered_by_carrier ?? false,
  }))
  const order = orderAction(
    rules,
    (order) => {
      when("record-carrier-delivery", { order }, ({ order }) => order.record_delivery).then(() => {
        recordOrderProgressEventStep(
          transform({ order, input }, ({ order, input }) => progressEventOf(order, "delivered", { type: "user", id: input.captured_by }))
        ).config({ name: "record-delivered-event" })
        markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
          input: transform({ order }, ({ order }) => ({ orderId: order.order_id, fulfillmentId: order.fulfillment_id as string })),
        })
        emitEventStep({ eventName: VendorOrderEvents.DELIVERED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) }).config({
          name: "emit-delivered-event",
        })
      })
      recordOrderProgressEventStep(
        transform({ order, input }, ({ order, input }) => progressEventOf(order, "cash_collected", { type: "user", id: input.captured_by }))
      )
      capturePaymentWorkflow.runAsStep({
        input: transform({ order, input }, ({ order, input }) => ({
          payment_id: order.payment_id as string,
          amount: order.amount,
          captured_by: input.captured_by,
        })),
      })
      emitEventStep({ eventName: VendorOrderEvents.CASH_COLLECTED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
      return order
    },
    { ttl: 120 }
  )
  return new WorkflowResponse(
    transform({ order }, ({ order }) => ({
      order_id: order.order_id,
      payment_id: order.payment_id as string,
      amount: order.amount,
      delivery_recorded: order.record_delivery,
    }))
  )
})
