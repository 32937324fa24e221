import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { recordOrderProgressEventStep } from "./steps/record-order-progress-event"
import { validateVendorOrderActionStep } from "./steps/validate-vendor-order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The cooperative accepts a new order: it commits to preparing it. Medusa has no such step, so
 * acceptance is Tadamon's progress event (when and by whom); the customer is told by email.
 */
export const acceptVendorOrderWorkflow = createWorkflow("accept-vendor-order", (input: VendorOrderActionInput) => {
  const lockKey = transform({ input }, ({ input }) => `vendor-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const order = validateVendorOrderActionStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action: "accept" as const }))
  )
  recordOrderProgressEventStep(
    transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      display_id: order.display_id,
      cooperative_id: order.cooperative_id,
      event: "accepted" as const,
      actor_type: "member" as const,
      actor_id: input.member_id,
    }))
  )
  emitEventStep({ eventName: VendorOrderEvents.ACCEPTED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(order)
})
