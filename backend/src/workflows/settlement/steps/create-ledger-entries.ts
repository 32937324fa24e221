import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerEntryType, PayoutMethod } from "@tadamon/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type LedgerEntryInput = {
  cooperative_id: string
  type: LedgerEntryType
  amount: number
  currency_code: string
  occurred_at: Date
  /** When the line counts towards what may be paid out; null or absent: at once. */
  available_at?: Date | null
  idempotency_key: string
  order_id?: string | null
  rate?: number | null
  method?: PayoutMethod | null
  reference?: string | null
  note?: string | null
  recorded_by?: string | null
}

/**
 * Writes ledger lines, skipping those whose idempotency key is already in the ledger (a redelivered
 * event writes nothing twice; the unique key is the last guard). Returns the lines written;
 * compensation deletes exactly those.
 */
export const createLedgerEntriesStep = createStep(
  "create-ledger-entries",
  async (entries: LedgerEntryInput[], { container }) => {
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const existing = await settlement.listLedgerEntries(
      { idempotency_key: entries.map((entry) => entry.idempotency_key) },
      { select: ["idempotency_key"] }
    )
    const known = new Set(existing.map((entry) => entry.idempotency_key))
    const fresh = entries.filter((entry) => !known.has(entry.idempotency_key))
    if (!fresh.length) {
      return new StepResponse([], [])
    }
    const created = await settlement.createLedgerEntries(fresh)
    return new StepResponse(created, created.map((entry) => entry.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
      await settlement.deleteLedgerEntries(ids)
    }
  }
)
