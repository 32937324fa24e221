import { MedusaService } from "@medusajs/framework/utils"
import CodRemittance from "./models/cod-remittance"
import CodRemittanceLine from "./models/cod-remittance-line"
import CommissionRate from "./models/commission-rate"
import LedgerEntry from "./models/ledger-entry"

export type SettlementModuleOptions = {
  /**
   * Days a sale (and its commission) stays held after it is recorded before it can be paid out:
   * the customer's legal withdrawal right (7 days in Morocco, law 31-08). Default 7.
   */
  payout_hold_days?: number
}

export const DEFAULT_PAYOUT_HOLD_DAYS = 7

/** A whole number of days from 0 to 365, else the default. */
export function payoutHoldDays(value: unknown): number {
  const days = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= 365 ? days : DEFAULT_PAYOUT_HOLD_DAYS
}

class SettlementModuleService extends MedusaService({
  CommissionRate,
  LedgerEntry,
  CodRemittance,
  CodRemittanceLine,
}) {
  protected readonly holdDays: number

  constructor(cradle: Record<string, unknown>, options: SettlementModuleOptions = {}) {
    super(cradle, options)
    this.holdDays = payoutHoldDays(options?.payout_hold_days)
  }

  /** The holding period after a sale, in days (the module's `payout_hold_days` option). */
  getPayoutHoldDays(): number {
    return this.holdDays
  }
}

export default SettlementModuleService
