import type { CashHolder } from "@tadamon/shared"
import type { LedgerEntryInput } from "../../workflows/settlement/steps/create-ledger-entries"
import { commissionOn, round2 } from "./money"

const DAY = 24 * 60 * 60 * 1000

/** What the ledger needs to know of one order (see loadOrderSettlementStep). */
export type OrderSettlement = {
  order_id: string
  cooperative_id: string | null
  currency_code: string
  /** Delivered and fully paid (cash collected or card captured), not cancelled. */
  settled: boolean
  /** When it became so: the later of the delivery and the last capture. */
  settled_at: string | null
  /** What was captured for the order. */
  sale_amount: number
  refunds: Array<{ id: string; amount: number; created_at: string }>
  /** The ledger already holds the order's sale, with the commission rate it was charged at. */
  sale_recorded: boolean
  sale_rate: number | null
  /** The rate for a sale recorded now. */
  current_rate: number
  /** Cash on delivery: who holds the cash (see cashHolderOf); card: null (Tadamon, through the card provider). */
  cash_holder: CashHolder | null
  /** Days a sale stays held before it can be paid out. */
  hold_days: number
}

/**
 * The ledger lines an order calls for, each with its idempotency key: once settled, its sale and
 * the commission on it, held for `hold_days` (the customer's withdrawal right) before they can be
 * paid out; when the cooperative delivered itself and kept the cash, that cash too (`cash_held`,
 * minus the sale), so what is left is the commission it owes Tadamon. Then every refund of its
 * payment, with the commission on the refunded amount given back at the sale's rate, counting at
 * once. Before it is settled, nothing (a cancelled order never reaches the ledger: its money went
 * back before the cooperative earned it).
 */
export function orderLedgerEntries(order: OrderSettlement | null): LedgerEntryInput[] {
  if (!order?.cooperative_id || (!order.settled && !order.sale_recorded)) {
    return []
  }
  const base = { cooperative_id: order.cooperative_id, currency_code: order.currency_code, order_id: order.order_id }
  const entries: LedgerEntryInput[] = []
  const rate = order.sale_recorded ? (order.sale_rate ?? 0) : order.current_rate
  if (order.settled && !order.sale_recorded) {
    const at = new Date(order.settled_at ?? Date.now())
    const available_at = new Date(at.getTime() + order.hold_days * DAY)
    entries.push({ ...base, type: "sale", amount: round2(order.sale_amount), occurred_at: at, available_at, idempotency_key: `sale:${order.order_id}` })
    if (rate > 0) {
      entries.push({
        ...base,
        type: "commission",
        amount: -commissionOn(order.sale_amount, rate),
        rate,
        occurred_at: at,
        available_at,
        idempotency_key: `commission:${order.order_id}`,
      })
    }
    if (order.cash_holder === "cooperative") {
      entries.push({
        ...base,
        type: "cash_held",
        amount: -round2(order.sale_amount),
        occurred_at: at,
        available_at,
        idempotency_key: `cash-held:${order.order_id}`,
      })
    }
  }
  for (const refund of order.refunds) {
    const at = new Date(refund.created_at)
    entries.push({ ...base, type: "refund", amount: -round2(refund.amount), occurred_at: at, idempotency_key: `refund:${refund.id}` })
    if (rate > 0) {
      entries.push({
        ...base,
        type: "commission",
        amount: commissionOn(refund.amount, rate),
        rate,
        occurred_at: at,
        idempotency_key: `commission-refund:${refund.id}`,
        note: "refund",
      })
    }
  }
  return entries
}
