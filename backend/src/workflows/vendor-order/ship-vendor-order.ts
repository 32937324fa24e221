import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { memberOrderAction } from "./order-action"
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
  const order = memberOrderAction(input, {
    action: "ship",
    event: "shipped",
    emit: VendorOrderEvents.SHIPPED,
    details: transform({ input }, ({ input }) => ({
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      tracking_url: input.tracking_url ?? null,
    })),
    work: (order) => {
      createOrderShipmentWorkflow.runAsStep({
        input: transform({ order, input }, ({ order, input }) => ({
          order_id: order.order_id,
          fulfillment_id: order.fulfillment_id as string,
          items: order.items,
          labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
          created_by: input.member_id,
        })),
      })
    },
  })
  return new WorkflowResponse(order)
})
