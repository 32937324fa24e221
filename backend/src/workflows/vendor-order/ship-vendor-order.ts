import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderShipmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { recordOrderProgressEventStep } from "./steps/record-order-progress-event"
import { validateVendorOrderActionStep } from "./steps/validate-vendor-order-action"
import type { VendorOrderActionInput } from "./types"

export type ShipVendorOrderInput = VendorOrderActionInput & {
  carrier: string
  tracking_number: string
  tracking_url?: string | null
}

/**
 * The cooperative handed the parcel to a carrier: Medusa's shipment of the order's fulfillment,
 * with the tracking as its label; the carrier's name (Medusa's label has no field for it) is kept
 * on Tadamon's progress event. The customer gets the tracking by email.
 */
export const shipVendorOrderWorkflow = createWorkflow("ship-vendor-order", (input: ShipVendorOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `vendor-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const order = validateVendorOrderActionStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action: "ship" as const }))
  )
  recordOrderProgressEventStep(
    transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      display_id: order.display_id,
      cooperative_id: order.cooperative_id,
      event: "shipped" as const,
      actor_type: "member" as const,
      actor_id: input.member_id,
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      tracking_url: input.tracking_url ?? null,
    }))
  )
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      fulfillment_id: order.fulfillment_id as string,
      items: order.items,
      labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
      created_by: input.member_id,
    })),
  })
  emitEventStep({ eventName: VendorOrderEvents.SHIPPED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(order)
})
