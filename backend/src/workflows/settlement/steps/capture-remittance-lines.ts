import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RemittanceOutcome } from "@tadamon/shared"
import { recordCashCollectedWorkflow } from "../../order-group/record-cash-collected"
import type { MatchedRemittanceRow } from "../../../domain/settlement/remittance-match"

/** A statement line once its cash is captured or flagged. */
export type SettledRemittanceRow = Omit<MatchedRemittanceRow, "outcome"> & {
  outcome: RemittanceOutcome
  delivery_recorded: boolean
  message: string | null
}

/**
 * Captures the matched lines' payments, one order at a time, each through organizers' own
 * cash-collected workflow (its lock, its rules checked again, its progress event by the organizer,
 * the delivery recorded if the cooperative had not, its events). A line the workflow refuses (the
 * order changed since matching: cancelled, confirmed by someone else) is reported `failed` with the
 * reason and the others go on: the carrier's statement is many independent confirmations.
 *
 * No compensation: each capture is money the carrier confirmed it holds for Tadamon, and stays
 * true whatever happens to the import's record (importing the statement again flags those lines
 * `already_settled`).
 */
export const captureRemittanceLinesStep = createStep(
  "capture-remittance-lines",
  async (input: { rows: MatchedRemittanceRow[]; captured_by: string }, { container }) => {
    const settled: SettledRemittanceRow[] = []
    for (const row of input.rows) {
      if (row.outcome !== "matched" || !row.order) {
        settled.push({ ...row, outcome: row.outcome === "matched" ? "failed" : row.outcome, delivery_recorded: false, message: null })
        continue
      }
      const { result, errors } = await recordCashCollectedWorkflow(container).run({
        input: { order_id: row.order.order_id, captured_by: input.captured_by, delivered_by_carrier: true },
        throwOnError: false,
      })
      const error = errors?.[0]?.error as { message?: unknown } | undefined
      settled.push(
        error || !result
          ? { ...row, outcome: "failed", delivery_recorded: false, message: typeof error?.message === "string" ? error.message : "The capture failed" }
          : { ...row, outcome: "captured", delivery_recorded: result.delivery_recorded, message: null }
      )
    }
    return new StepResponse(settled)
  }
)
