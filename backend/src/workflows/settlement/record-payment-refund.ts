import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createLedgerEntriesStep } from "./steps/create-ledger-entries"
import { loadOrderSettlementStep } from "./steps/load-order-settlement"
import { resolveOrderStep } from "./steps/resolve-order"
import { orderLedgerEntries } from "../../domain/settlement/order-ledger"

/**
 * After Medusa refunds a payment (`payment.refunded`): the refund goes to its order's ledger, if
 * the order was settled (one line per refund, the commission on it given back). Serialized with
 * the order's other ledger writes (same lock as recordOrderLedgerWorkflow).
 */
export const recordPaymentRefundWorkflow = createWorkflow("record-payment-refund", (input: { payment_id: string }) => {
  const orderId = resolveOrderStep(input)
  const lockKey = transform({ orderId, input }, ({ orderId, input }) => `settlement-order:${orderId ?? input.payment_id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
  const order = loadOrderSettlementStep(transform({ orderId }, ({ orderId }) => ({ order_id: orderId })))
  const entries = createLedgerEntriesStep(transform({ order }, ({ order }) => orderLedgerEntries(order)))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(entries)
})
