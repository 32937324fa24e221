import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createLedgerEntriesStep } from "./steps/create-ledger-entries"
import { loadOrderSettlementStep } from "./steps/load-order-settlement"
import { orderLedgerEntries } from "../../domain/settlement/order-ledger"

/**
 * Brings one order's ledger lines up to date: its sale and commission once it is delivered and
 * paid, and its refunds. Idempotent (one sale line per order, one line per refund) and serialized
 * per order, so the events that lead here may arrive twice, late or together.
 */
export const recordOrderLedgerWorkflow = createWorkflow("record-order-ledger", (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `settlement-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
  const order = loadOrderSettlementStep(input)
  const entries = createLedgerEntriesStep(transform({ order }, ({ order }) => orderLedgerEntries(order)))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(entries)
})
