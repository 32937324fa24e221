import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseRemittanceCsv, type RemittanceRow } from "../../../domain/settlement/remittance-csv"

/**
 * Reads a remittance statement's lines (see parseRemittanceCsv); a file without the needed columns,
 * or too long, is a field error on `csv` before anything is locked or written.
 */
export const parseRemittanceStep = createStep("parse-remittance", async (input: { csv: string }) => {
  return new StepResponse<RemittanceRow[]>(parseRemittanceCsv(input.csv))
})
