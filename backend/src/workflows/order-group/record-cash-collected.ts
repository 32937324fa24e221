import { capturePaymentWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateCashCollectableStep, type CashCollectableOrder } from "./steps/validate-cash-collectable"

/**
 * The cooperative (or an organizer) records that the courier collected the cash for one order:
 * captures that order's cash-on-delivery payment, and only that one.
 */
export const recordCashCollectedWorkflow = createWorkflow("record-cash-collected", (input: { order_id: string; captured_by?: string }) => {
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: [
      "id",
      "status",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: input.order_id },
    options: { isList: false, throwIfKeyNotFound: true },
  })
  const payment = validateCashCollectableStep(transform({ order }, ({ order }) => order as unknown as CashCollectableOrder))
  capturePaymentWorkflow.runAsStep({
    input: transform({ payment, input }, ({ payment, input }) => ({
      payment_id: payment.payment_id,
      amount: payment.amount,
      captured_by: input.captured_by,
    })),
  })
  return new WorkflowResponse(payment)
})
