import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteReservationsByLineItemsStep, removeRemoteLinkStep, updateCartsStep } from "@medusajs/medusa/core-flows"
import { deleteCheckoutOrdersStep } from "./steps/delete-checkout-orders"
import { deleteOrderGroupStep } from "./steps/delete-order-group"
import { findCheckoutLeftoversStep } from "./steps/find-checkout-leftovers"
import { voidCheckoutPaymentsStep } from "./steps/void-checkout-payments"

export type UndoInterruptedCheckoutInput = { order_group_id: string; cart_id: string }

/**
 * Undoes a completion that was interrupted before its group became `placed` (the process was
 * killed, the machine lost power: Medusa's in-memory workflow engine then forgets the run, so its
 * compensation never happens). Whatever it wrote goes: authorizations are voided, reservations
 * released, links and orders removed, the cart reopened and the group deleted, so that the cart can
 * be completed again. The caller holds the cart's lock (nothing else is completing it).
 */
export const undoInterruptedCheckoutWorkflow = createWorkflow(
  "undo-interrupted-checkout",
  (input: UndoInterruptedCheckoutInput) => {
    const leftovers = findCheckoutLeftoversStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id })))

    voidCheckoutPaymentsStep(
      transform({ leftovers }, ({ leftovers }) => ({
        payment_ids: leftovers.payment_ids,
        payment_collection_ids: leftovers.payment_collection_ids,
      }))
    )
    deleteReservationsByLineItemsStep(transform({ leftovers }, ({ leftovers }) => leftovers.line_item_ids))
    removeRemoteLinkStep(
      transform({ leftovers }, ({ leftovers }) =>
        leftovers.order_ids.length ? [{ [Modules.ORDER]: { order_id: leftovers.order_ids } }] : []
      )
    )
    deleteCheckoutOrdersStep(transform({ leftovers }, ({ leftovers }) => leftovers.order_ids))
    updateCartsStep(transform({ input }, ({ input }) => [{ id: input.cart_id, completed_at: null }]))
    deleteOrderGroupStep(input.order_group_id)

    return new WorkflowResponse(
      transform({ leftovers }, ({ leftovers }) => ({
        orders: leftovers.order_ids.length,
        reservations_released_for_lines: leftovers.line_item_ids.length,
        payment_collections: leftovers.payment_collection_ids.length,
      }))
    )
  }
)
