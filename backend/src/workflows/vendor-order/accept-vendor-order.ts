import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { VendorOrderEvents } from "./events"
import { memberOrderAction } from "./order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The cooperative accepts a new order: it commits to preparing it. Medusa has no such step, so
 * acceptance is Tadamon's progress event (when and by whom); the customer is told by email.
 */
export const acceptVendorOrderWorkflow = createWorkflow("accept-vendor-order", (input: VendorOrderActionInput) => {
  return new WorkflowResponse(memberOrderAction(input, { action: "accept", event: "accepted", emit: VendorOrderEvents.ACCEPTED }))
})
