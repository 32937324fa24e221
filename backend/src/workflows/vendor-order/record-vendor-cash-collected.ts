import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "./events"
import { progressEventOf, recordOrderProgressEventStep } from "./steps/record-order-progress-event"
import { orderAction } from "./order-action"
import type { VendorOrderActionInput } from "./types"

/**
 * The cooperative records that the cash of a delivered cash-on-delivery order was collected. What
 * that means depends on who holds the cash (see cashHolderOf):
 * - its own home delivery: the cooperative holds it, so this is the confirmation: the order's
 *   payment is captured, and the ledger then books the sale with the cash the cooperative kept
 *   (what remains is the commission it owes Tadamon);
 * - Amana or pickup at the solidarity store: Tadamon's carrier or till holds it, so this is only a
 *   claim (`cash_claimed`), shown to organizers: nothing is captured and nothing reaches the
 *   ledger until organizers confirm the cash (the carrier's remittance, the store's till).
 */
export const recordVendorCashCollectedWorkflow = createWorkflow("record-vendor-cash-collected", (input: VendorOrderActionInput) => {
  const rules = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    cooperative_id: input.cooperative_id,
    action: "cash-collected" as const,
  }))
  const order = orderAction(rules, (order) => {
    const holdsCash = transform({ order }, ({ order }) => order.cash_holder === "cooperative")
    recordOrderProgressEventStep(
      transform({ order, input, holdsCash }, ({ order, input, holdsCash }) =>
        progressEventOf(order, holdsCash ? "cash_collected" : "cash_claimed", { type: "member", id: input.member_id })
      )
    )
    when("cooperative-holds-cash", { holdsCash }, ({ holdsCash }) => holdsCash).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ order, input }, ({ order, input }) => ({
          payment_id: order.payment_id as string,
          amount: order.amount,
          captured_by: input.member_id,
        })),
      })
    })
    emitEventStep({
      eventName: transform({ holdsCash }, ({ holdsCash }) => (holdsCash ? VendorOrderEvents.CASH_COLLECTED : VendorOrderEvents.CASH_CLAIMED)),
      data: transform({ input }, ({ input }) => ({ id: input.order_id })),
    })
    return order
  })
  return new WorkflowResponse(order)
})
