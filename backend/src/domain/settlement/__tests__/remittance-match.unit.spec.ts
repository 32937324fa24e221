import { matchRemittanceRows, type RemittanceOrder } from "../remittance-match"
import type { RemittanceRow } from "../remittance-csv"

const row = (line: number, tracking_number: string | null, amount: number | null, error: RemittanceRow["error"] = null): RemittanceRow => ({
  line,
  tracking_number,
  amount,
  paid_on: "2026-12-01",
  error,
})
const order = (id: string, overrides: Partial<RemittanceOrder["payment"]> & { progress_status?: RemittanceOrder["progress_status"] } = {}): RemittanceOrder => {
  const { progress_status = "delivered", ...payment } = overrides
  return {
    order_id: id,
    display_id: 1,
    cooperative_id: "coop_1",
    progress_status,
    payment: { method: "cash_on_delivery", status: "awaiting_collection", amount: 400, cash_holder: "carrier", ...payment },
  }
}

describe("matching a remittance statement to orders", () => {
  it("matches a line to its one Amana cash-on-delivery order for exactly its amount, claimed or not, delivered or only shipped", () => {
    const orders = new Map([
      ["RR1", [order("o1")]],
      ["RR2", [order("o2", { status: "awaiting_remittance" })]],
      ["RR3", [order("o3", { progress_status: "shipped" })]],
    ])
    expect(matchRemittanceRows([row(2, "RR1", 400), row(3, "RR2", 400), row(4, "RR3", 400)], orders).map((line) => line.outcome)).toEqual([
      "matched",
      "matched",
      "matched",
    ])
  })

  it("flags everything else with its reason", () => {
    const orders = new Map([
      ["RR1", [order("o1")]],
      ["RR2", [order("o2")]],
      ["TWICE", [order("o3"), order("o4")]],
      ["SETTLED", [order("o5", { status: "collected" })]],
      ["CARD", [order("o6", { method: "card", status: "captured", cash_holder: null })]],
      ["HOME", [order("o7", { cash_holder: "cooperative" })]],
      ["PICKUP", [order("o8", { cash_holder: "organizers" })]],
      ["CANCELLED", [order("o9", { progress_status: "cancelled", status: "canceled" })]],
    ])
    const rows = [
      row(2, "RR1", 399.99),
      row(3, "NOPE", 400),
      row(4, "RR2", 400),
      row(5, "RR2", 400),
      row(6, "TWICE", 400),
      row(7, "SETTLED", 400),
      row(8, "CARD", 400),
      row(9, "HOME", 400),
      row(10, "PICKUP", 400),
      row(11, "CANCELLED", 400),
      row(12, null, 400, "missing_tracking_number"),
      row(13, "RR1", null, "invalid_amount"),
    ]
    expect(matchRemittanceRows(rows, orders).map((line) => [line.line, line.outcome, line.order?.order_id ?? null])).toEqual([
      [2, "amount_mismatch", "o1"],
      [3, "unknown_tracking", null],
      [4, "matched", "o2"],
      [5, "duplicate_in_file", null],
      [6, "ambiguous_tracking", null],
      [7, "already_settled", "o5"],
      [8, "not_cash_on_delivery", "o6"],
      [9, "not_carrier", "o7"],
      [10, "not_carrier", "o8"],
      [11, "cancelled", "o9"],
      [12, "invalid_row", null],
      [13, "invalid_row", null],
    ])
  })
})
