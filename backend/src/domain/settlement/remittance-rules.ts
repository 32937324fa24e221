import {
  CURRENCY_CODE,
  type AdminCashClaim,
  type RemittanceImport,
  type RemittanceLine,
  type RemittanceOutcome,
  type RemittanceRowError,
  type RemittanceSummary,
} from "@tadamon/shared"
import { orderProgress } from "../orders/order-progress"
import { vendorPayment, type VendorOrderEntity } from "../orders/vendor-order"

/**
 * The rules of the remittance reports, pure: how a stored import and its lines read in the API,
 * and which cash claims organizers are shown. `remittance-report.ts` loads the records.
 */

type Num = number | string | { toString(): string } | null | undefined
const num = (value: Num) => (value === null || value === undefined ? null : Number(value))

/** An import as the settlement module stores it. */
export type RemittanceRecord = {
  id: string
  carrier: string
  filename?: string | null
  imported_by?: string | null
  currency_code: string
  line_count: number
  captured_count: number
  flagged_count: number
  captured_amount: Num
  created_at: string | Date
}

/** One line of an import as the settlement module stores it. */
export type RemittanceLineRecord = {
  line: number
  tracking_number?: string | null
  amount?: Num
  paid_on?: string | null
  outcome: string
  error?: string | null
  order_id?: string | null
  cooperative_id?: string | null
  expected_amount?: Num
  delivery_recorded: boolean
  message?: string | null
}

/** Display ids of orders and names of cooperatives, by id, for reports. */
export type RemittanceNames = {
  displayIds: Map<string, number>
  cooperatives: Map<string, { id: string; name: string }>
}

/** Ids are word characters: anything else (a NUL from a decoded path) is no import, never a database error. */
export const isRemittanceId = (id: string) => /^[\w-]+$/.test(id)

/** The distinct ids among `values`, first seen first, without the empty ones. */
export const uniqueIds = (values: Array<string | null | undefined>) => [...new Set(values.flatMap((value) => (value ? [value] : [])))]

/** The orders and cooperatives an import's lines point to, whose names the report shows. */
export function remittanceReferences(lines: RemittanceLineRecord[]): { orderIds: string[]; cooperativeIds: string[] } {
  return {
    orderIds: uniqueIds(lines.map((line) => line.order_id)),
    cooperativeIds: uniqueIds(lines.map((line) => line.cooperative_id)),
  }
}

export function remittanceNames(
  orders: Array<{ id: string; display_id: Num }>,
  cooperatives: Array<{ id: string; name: string }>
): RemittanceNames {
  return {
    displayIds: new Map(orders.map((order) => [order.id, Number(order.display_id)])),
    cooperatives: new Map(cooperatives.map((cooperative) => [cooperative.id, { id: cooperative.id, name: cooperative.name }])),
  }
}

export function toRemittanceSummary(record: RemittanceRecord): RemittanceSummary {
  return {
    id: record.id,
    carrier: "amana",
    filename: record.filename ?? null,
    imported_at: new Date(record.created_at).toISOString(),
    imported_by: record.imported_by ?? null,
    line_count: record.line_count,
    captured_count: record.captured_count,
    flagged_count: record.flagged_count,
    captured_amount: num(record.captured_amount) ?? 0,
    currency_code: record.currency_code || CURRENCY_CODE,
  }
}

export function toRemittanceLine(line: RemittanceLineRecord, names: RemittanceNames): RemittanceLine {
  return {
    line: line.line,
    tracking_number: line.tracking_number ?? null,
    amount: num(line.amount),
    paid_on: line.paid_on ?? null,
    outcome: line.outcome as RemittanceOutcome,
    error: (line.error ?? null) as RemittanceRowError | null,
    order_id: line.order_id ?? null,
    order_display_id: line.order_id ? (names.displayIds.get(line.order_id) ?? null) : null,
    cooperative: line.cooperative_id ? (names.cooperatives.get(line.cooperative_id) ?? null) : null,
    expected_amount: num(line.expected_amount),
    delivery_recorded: line.delivery_recorded,
    message: line.message ?? null,
  }
}

/** One import with its lines, in the order given (the loader reads them in file order). */
export function toRemittanceImport(record: RemittanceRecord, lines: RemittanceLineRecord[], names: RemittanceNames): RemittanceImport {
  return { ...toRemittanceSummary(record), lines: lines.map((line) => toRemittanceLine(line, names)) }
}

/** An order as the cash-claims list reads it. */
/**
 * The claims still open, oldest first, at most `max`: a claim whose order was since confirmed
 * (`cash_collected`) or cancelled is set aside before the limit, so settled claims never crowd
 * out the oldest open ones.
 */
export function openClaims<T extends { order_id: string; created_at: string | Date }>(
  claims: T[],
  closedOrderIds: Iterable<string>,
  max: number
): T[] {
  const closed = new Set(closedOrderIds)
  return claims
    .filter((claim) => !closed.has(claim.order_id))
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .slice(0, max)
}

export type CashClaimOrder = VendorOrderEntity & { cooperative?: { id: string; name?: string } | null }

/**
 * The claims organizers are shown: orders whose cash a cooperative declared collected while Amana
 * (`awaiting_remittance`) or the solidarity store (`awaiting_till`) holds it, not confirmed yet,
 * oldest claim first.
 */
export function toCashClaims(orders: CashClaimOrder[]): AdminCashClaim[] {
  return orders
    .flatMap((order): AdminCashClaim[] => {
      const payment = vendorPayment(order)
      const progress = orderProgress(order)
      if ((payment.status !== "awaiting_remittance" && payment.status !== "awaiting_till") || !payment.claimed_at) {
        return []
      }
      return [
        {
          order_id: order.id,
          order_display_id: order.display_id,
          cooperative: order.cooperative ? { id: order.cooperative.id, name: order.cooperative.name ?? "" } : null,
          cash_holder: payment.status === "awaiting_remittance" ? "carrier" : "organizers",
          amount: payment.amount,
          currency_code: order.currency_code,
          claimed_at: payment.claimed_at,
          tracking_number: progress.tracking?.tracking_number ?? null,
          delivered: progress.status === "delivered",
        },
      ]
    })
    .sort((a, b) => a.claimed_at.localeCompare(b.claimed_at))
}
