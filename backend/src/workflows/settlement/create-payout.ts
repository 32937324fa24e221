import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CURRENCY_CODE, type PayoutMethod } from "@tadamon/shared"
import { createLedgerEntriesStep } from "./steps/create-ledger-entries"
import { validatePayoutStep } from "./steps/validate-payout"
import { sumAmounts } from "../../domain/settlement/money"

export type CreatePayoutInput = {
  cooperative_id: string
  amount: number
  paid_at: string
  method: PayoutMethod
  reference: string
  note?: string | null
  recorded_by: string
}

/**
 * An organizer records money paid out to a cooperative: a negative `payout` line, at most what is
 * payable now (the confirmed balance past its holding period). A lock per cooperative keeps two
 * payouts recorded at once from both passing the check.
 */
export const createPayoutWorkflow = createWorkflow("create-payout", (input: CreatePayoutInput) => {
  const lockKey = transform({ input }, ({ input }) => `settlement:${input.cooperative_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const { balance_before, payable_before } = validatePayoutStep(input)
  const entries = createLedgerEntriesStep(
    transform({ input }, ({ input }) => [
      {
        cooperative_id: input.cooperative_id,
        type: "payout" as const,
        amount: -input.amount,
        currency_code: CURRENCY_CODE,
        occurred_at: new Date(input.paid_at),
        method: input.method,
        reference: input.reference,
        note: input.note ?? null,
        recorded_by: input.recorded_by,
        idempotency_key: `payout:${randomUUID()}`,
      },
    ])
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ entries, balance_before, payable_before, input }, ({ entries, balance_before, payable_before, input }) => ({
      payout_id: entries[0].id,
      balance_due: sumAmounts([balance_before, -input.amount]),
      payable: sumAmounts([payable_before, -input.amount]),
    }))
  )
})
