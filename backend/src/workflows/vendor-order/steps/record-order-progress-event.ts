import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_PROGRESS_MODULE } from "../../../modules/order-progress"
import type OrderProgressModuleService from "../../../modules/order-progress/service"
import { stateConflict } from "../../../utils/state-conflict"

export type RecordOrderProgressEventInput = {
  order_id: string
  display_id: number
  cooperative_id: string
  event: "accepted" | "prepared" | "shipped" | "delivered" | "cash_claimed" | "cash_collected" | "cancelled"
  actor_type: "member" | "user" | "system"
  actor_id: string | null
  carrier?: string | null
  tracking_number?: string | null
  tracking_url?: string | null
  reason?: string | null
}

/** The progress event of an order an action validated (see validateVendorOrderActionStep), by whom. */
export function progressEventOf(
  order: { order_id: string; display_id: number; cooperative_id: string },
  event: RecordOrderProgressEventInput["event"],
  actor: { type: RecordOrderProgressEventInput["actor_type"]; id: string }
): RecordOrderProgressEventInput {
  return {
    order_id: order.order_id,
    display_id: order.display_id,
    cooperative_id: order.cooperative_id,
    event,
    actor_type: actor.type,
    actor_id: actor.id,
  }
}

/**
 * Records one step of an order. Written before Medusa's own workflow runs, it claims the step: the
 * unique (order, step) index turns a concurrent second attempt into a 409. Compensation removes the
 * record, so a step Medusa refused leaves no trace.
 */
export const recordOrderProgressEventStep = createStep(
  "record-order-progress-event",
  async ({ display_id, ...input }: RecordOrderProgressEventInput, { container }) => {
    const progress: OrderProgressModuleService = container.resolve(ORDER_PROGRESS_MODULE)
    const [existing] = await progress.listOrderProgressEvents({ order_id: input.order_id, event: input.event }, { take: 1 })
    if (existing) {
      throw stateConflict(`Order #${display_id} was already ${input.event.replace("_", " ")}`)
    }
    try {
      const event = await progress.createOrderProgressEvents(input)
      return new StepResponse(event, event.id)
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.DUPLICATE_ERROR) {
        throw stateConflict(`Order #${display_id} was already ${input.event.replace("_", " ")}`)
      }
      throw error
    }
  },
  async (eventId, { container }) => {
    if (eventId) {
      const progress: OrderProgressModuleService = container.resolve(ORDER_PROGRESS_MODULE)
      await progress.deleteOrderProgressEvents(eventId)
    }
  }
)
