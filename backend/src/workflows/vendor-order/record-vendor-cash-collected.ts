import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { recordCashCollectedWorkflow } from "../order-group/record-cash-collected"
import { VendorOrderEvents } from "./events"
import { recordOrderProgressEventStep } from "./steps/record-order-progress-event"
import { validateVendorOrderActionStep } from "./steps/validate-vendor-order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The cooperative records that the courier collected the cash of a delivered order: Tadamon's
 * cash-collected workflow (the capture of that order's payment only), after the ownership check.
 */
export const recordVendorCashCollectedWorkflow = createWorkflow("record-vendor-cash-collected", (input: VendorOrderActionInput) => {
  const lockKey = transform({ input }, ({ input }) => `vendor-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const order = validateVendorOrderActionStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      cooperative_id: input.cooperative_id,
      action: "cash-collected" as const,
    }))
  )
  recordOrderProgressEventStep(
    transform({ order, input }, ({ order, input }) => ({
      order_id: order.order_id,
      display_id: order.display_id,
      cooperative_id: order.cooperative_id,
      event: "cash_collected" as const,
      actor_type: "member" as const,
      actor_id: input.member_id,
    }))
  )
  recordCashCollectedWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, captured_by: input.member_id })),
  })
  emitEventStep({ eventName: VendorOrderEvents.CASH_COLLECTED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(order)
})
