import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CURRENCY_CODE } from "@tadamon/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { sumAmounts } from "../../../domain/settlement/money"
import type { SettledRemittanceRow } from "./capture-remittance-lines"

export type CreateCodRemittanceInput = {
  filename: string | null
  imported_by: string
  rows: SettledRemittanceRow[]
}

/** Stores the imported statement and each line's outcome (its report). Compensation deletes them. */
export const createCodRemittanceStep = createStep(
  "create-cod-remittance",
  async (input: CreateCodRemittanceInput, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const captured = input.rows.filter((row) => row.outcome === "captured")
    const remittance = await settlement.createCodRemittances({
      carrier: "amana",
      filename: input.filename,
      imported_by: input.imported_by,
      currency_code: CURRENCY_CODE,
      line_count: input.rows.length,
      captured_count: captured.length,
      flagged_count: input.rows.length - captured.length,
      captured_amount: sumAmounts(captured.map((row) => row.amount ?? 0)),
    })
    if (input.rows.length) {
      await settlement.createCodRemittanceLines(
        input.rows.map((row) => ({
          remittance_id: remittance.id,
          line: row.line,
          tracking_number: row.tracking_number,
          amount: row.amount,
          paid_on: row.paid_on,
          outcome: row.outcome,
          error: row.error,
          order_id: row.order?.order_id ?? null,
          cooperative_id: row.order?.cooperative_id ?? null,
          expected_amount: row.order?.payment.amount ?? null,
          delivery_recorded: row.delivery_recorded,
          message: row.message,
        }))
      )
    }
    return new StepResponse(remittance.id, remittance.id)
  },
  async (id, { container }) => {
    if (id) {
      const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
      await settlement.deleteCodRemittances(id)
    }
  }
)
