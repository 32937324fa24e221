import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { captureRemittanceLinesStep } from "./steps/capture-remittance-lines"
import { createCodRemittanceStep } from "./steps/create-cod-remittance"
import { matchRemittanceLinesStep } from "./steps/match-remittance-lines"
import { parseRemittanceStep } from "./steps/parse-remittance"

export type ImportCodRemittanceInput = {
  /** The statement's text (see parseRemittanceCsv). */
  csv: string
  filename?: string | null
  /** The organizer importing it (user id). */
  imported_by: string
}

/**
 * Organizers import Amana's cash-on-delivery remittance statement: each line is read, matched by
 * tracking number to a shipped Amana cash-on-delivery order, and either captured (the amount is the
 * order's, its cash is not confirmed yet: the sale then reaches the cooperative's ledger) or
 * flagged with the reason (amount differs, unknown or ambiguous tracking number, already settled,
 * twice in the file, not cash on delivery, not Amana's to remit, cancelled, unreadable). The
 * statement and each line's outcome are stored as the import's report. One import at a time, so
 * the same statement imported twice at once captures each order once.
 */
export const importCodRemittanceWorkflow = createWorkflow("import-cod-remittance", (input: ImportCodRemittanceInput) => {
  const rows = parseRemittanceStep(transform({ input }, ({ input }) => ({ csv: input.csv })))
  acquireLockStep({ key: "cod-remittance:amana", timeout: 60, ttl: 900 })
  const matched = matchRemittanceLinesStep(rows)
  const settled = captureRemittanceLinesStep(transform({ matched, input }, ({ matched, input }) => ({ rows: matched, captured_by: input.imported_by })))
  const remittanceId = createCodRemittanceStep(
    transform({ settled, input }, ({ settled, input }) => ({ rows: settled, imported_by: input.imported_by, filename: input.filename?.trim() || null }))
  )
  releaseLockStep({ key: "cod-remittance:amana" })
  return new WorkflowResponse(remittanceId)
})
