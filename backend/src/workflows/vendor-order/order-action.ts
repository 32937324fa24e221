import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { VendorOrderAction } from "@tadamon/shared"
import { progressEventOf, recordOrderProgressEventStep, type RecordOrderProgressEventInput } from "./steps/record-order-progress-event"
import {
  validateVendorOrderActionStep,
  type ValidateVendorOrderActionInput,
  type VendorOrderActionTarget,
} from "./steps/validate-vendor-order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The frame every action on one order runs in, the cooperative's from the portal and the
 * organizers' from the Admin alike: the order's lock (one action on an order at a time), the
 * action's rules (`validateVendorOrderActionStep`: the cooperative's order, the next step, who may
 * take it), the action's own steps (`work`, given the validated order), then the lock's release.
 * Called while a workflow is composed, once per workflow.
 */
export function orderAction<T>(
  rules: WorkflowData<ValidateVendorOrderActionInput>,
  work: (order: WorkflowData<VendorOrderActionTarget>) => T,
  { ttl = 60 }: { ttl?: number } = {}
): T {
  const lockKey = transform({ rules }, ({ rules }) => `vendor-order:${rules.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl })
  const result = work(validateVendorOrderActionStep(rules))
  releaseLockStep({ key: lockKey })
  return result
}

type MemberOrderAction = {
  action: VendorOrderAction
  /** The progress event the action records, by the member. */
  event: RecordOrderProgressEventInput["event"]
  /** Tadamon's event emitted once the action's steps succeeded. */
  emit: string
  /** What the progress event keeps beside who and when (a carrier and tracking, a reason). */
  details?: WorkflowData<Partial<RecordOrderProgressEventInput>>
  /** Medusa's own work for the step (a fulfillment, a shipment, a delivery, a cancellation). */
  work?: (order: WorkflowData<VendorOrderActionTarget>) => void
  ttl?: number
}

/**
 * A cooperative member's step on its order, in the frame above: the progress event (written
 * first, it claims the step), Medusa's own work, then Tadamon's event for the customer's email.
 */
export function memberOrderAction(
  /** The workflow's input, as the composer hands it over. */
  input: VendorOrderActionInput,
  { action, event, emit, details, work, ttl }: MemberOrderAction
): WorkflowData<VendorOrderActionTarget> {
  const rules = transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action }))
  return orderAction(
    rules,
    (order) => {
      recordOrderProgressEventStep(
        transform({ order, input, details }, ({ order, input, details }) => ({
          ...progressEventOf(order, event, { type: "member", id: input.member_id }),
          ...details,
        }))
      )
      work?.(order)
      emitEventStep({ eventName: emit, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
      return order
    },
    { ttl }
  )
}
