import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { recordOrderProgressEventStep } from "./steps/record-order-progress-event"
import { validateVendorOrderActionStep } from "./steps/validate-vendor-order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The parcel reached the customer: Medusa's delivery of the order's fulfillment. Medusa's
 * `delivery.created` then lets the settlement check whether the order is also paid.
 */
export const deliverVendorOrderWorkflow = createWorkflow("deliver-vendor-order", (input: VendorOrderActionInput) => {
  const lockKey = transform({ input }, ({ input }) => `vendor-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const order = validateVendorOrderActionStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action: "deliver" as const }))
  )
  recordOrderProgressEventStep(
    transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      display_id: order.display_id,
      cooperative_id: order.cooperative_id,
      event: "delivered" as const,
      actor_type: "member" as const,
      actor_id: input.member_id,
    }))
  )
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ order }, ({ order }) => ({ orderId: order.order_id, fulfillmentId: order.fulfillment_id as string })),
  })
  emitEventStep({ eventName: VendorOrderEvents.DELIVERED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(order)
})
