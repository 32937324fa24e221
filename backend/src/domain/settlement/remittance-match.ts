import type { OrderProgressStatus, RemittanceOutcome, VendorOrderPayment } from "@tadamon/shared"
import { toCents } from "./money"
import type { RemittanceRow } from "./remittance-csv"

/** What matching needs to know of an order a tracking number points to. */
export type RemittanceOrder = {
  order_id: string
  display_id: number
  cooperative_id: string | null
  progress_status: OrderProgressStatus
  payment: Pick<VendorOrderPayment, "method" | "status" | "amount" | "cash_holder">
}

/** A statement line with what matching decided: `matched` lines are captured next, the rest are flagged. */
export type MatchedRemittanceRow = RemittanceRow & {
  outcome: RemittanceOutcome | "matched"
  order: RemittanceOrder | null
}

const SETTLED: ReadonlyArray<VendorOrderPayment["status"]> = ["collected", "captured", "refunded"]

/** Why an order found for a line may not take the carrier's cash (null: it may). */
function flagOf(row: RemittanceRow, order: RemittanceOrder): RemittanceOutcome | null {
  if (order.progress_status === "cancelled" || order.payment.status === "canceled") {
    return "cancelled"
  }
  if (order.payment.method !== "cash_on_delivery") {
    return "not_cash_on_delivery"
  }
  if (order.payment.cash_holder !== "carrier") {
    return "not_carrier"
  }
  if (SETTLED.includes(order.payment.status)) {
    return "already_settled"
  }
  if (toCents(row.amount ?? 0) !== toCents(order.payment.amount)) {
    return "amount_mismatch"
  }
  return null
}

/**
 * Matches each line of a carrier's remittance statement to the order its tracking number points
 * to (`ordersByTracking`, keyed by normalized tracking number). A line is `matched` only when it
 * points to exactly one order, paid cash on delivery through that carrier, not cancelled, whose
 * cash is not confirmed yet, for exactly its amount. A tracking number seen on an earlier line is
 * flagged, never captured twice; one on several orders (a cooperative may type any number) is
 * flagged, so no order takes another parcel's cash.
 */
export function matchRemittanceRows(rows: RemittanceRow[], ordersByTracking: Map<string, RemittanceOrder[]>): MatchedRemittanceRow[] {
  const seen = new Set<string>()
  return rows.map((row) => {
    if (row.error || !row.tracking_number) {
      return { ...row, outcome: "invalid_row" as const, order: null }
    }
    if (seen.has(row.tracking_number)) {
      return { ...row, outcome: "duplicate_in_file" as const, order: null }
    }
    seen.add(row.tracking_number)
    const orders = ordersByTracking.get(row.tracking_number) ?? []
    if (!orders.length) {
      return { ...row, outcome: "unknown_tracking" as const, order: null }
    }
    if (orders.length > 1) {
      return { ...row, outcome: "ambiguous_tracking" as const, order: null }
    }
    const [order] = orders
    return { ...row, outcome: flagOf(row, order) ?? ("matched" as const), order }
  })
}
