import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { recordOrderProgressEventStep } from "./steps/record-order-progress-event"
import { validateVendorOrderActionStep } from "./steps/validate-vendor-order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The cooperative has packed an accepted order: Medusa's fulfillment of every line from the
 * cooperative's own stock location (which turns the reservations into stock taken out).
 */
export const prepareVendorOrderWorkflow = createWorkflow("prepare-vendor-order", (input: VendorOrderActionInput) => {
  const lockKey = transform({ input }, ({ input }) => `vendor-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const order = validateVendorOrderActionStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action: "prepare" as const }))
  )
  recordOrderProgressEventStep(
    transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      display_id: order.display_id,
      cooperative_id: order.cooperative_id,
      event: "prepared" as const,
      actor_type: "member" as const,
      actor_id: input.member_id,
    }))
  )
  createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      items: order.items,
      ...(order.stock_location_id ? { location_id: order.stock_location_id } : {}),
      created_by: input.member_id,
    })),
  })
  emitEventStep({ eventName: VendorOrderEvents.PREPARED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(order)
})
