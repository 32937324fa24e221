import { orderLedgerEntries, type OrderSettlement } from "../order-ledger"
import { payoutPosition } from "../../../workflows/settlement/utils/statement"

const DAY = 24 * 60 * 60 * 1000
const settled = (overrides: Partial<OrderSettlement> = {}): OrderSettlement => ({
  order_id: "order_1",
  cooperative_id: "coop_1",
  currency_code: "mad",
  settled: true,
  settled_at: "2026-12-01T10:00:00.000Z",
  sale_amount: 400,
  refunds: [],
  sale_recorded: false,
  sale_rate: null,
  current_rate: 10,
  cash_holder: "carrier",
  hold_days: 7,
  ...overrides,
})
const lines = (order: OrderSettlement) =>
  orderLedgerEntries(order).map((entry) => [entry.type, entry.amount, entry.available_at?.toISOString() ?? null])

describe("the ledger lines of a settled order", () => {
  it("books the sale and its commission, held for the withdrawal period, when Tadamon holds the money", () => {
    const held = "2026-12-08T10:00:00.000Z"
    for (const cash_holder of ["carrier", "organizers", null] as const) {
      expect(lines(settled({ cash_holder }))).toEqual([
        ["sale", 400, held],
        ["commission", -40, held],
      ])
    }
  })

  it("books the cash a cooperative kept from its own delivery, leaving the commission it owes Tadamon", () => {
    const entries = orderLedgerEntries(settled({ cash_holder: "cooperative" }))
    expect(entries.map((entry) => [entry.type, entry.amount, entry.idempotency_key])).toEqual([
      ["sale", 400, "sale:order_1"],
      ["commission", -40, "commission:order_1"],
      ["cash_held", -400, "cash-held:order_1"],
    ])
    expect(entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(-40)
    // With no commission, a cooperative's own delivery leaves nothing owed either way.
    expect(lines(settled({ cash_holder: "cooperative", current_rate: 0 })).map(([type, amount]) => [type, amount])).toEqual([
      ["sale", 400],
      ["cash_held", -400],
    ])
  })

  it("counts refunds at once, and writes nothing before the order is settled", () => {
    const refunded = settled({ sale_recorded: true, sale_rate: 10, refunds: [{ id: "ref_1", amount: 50, created_at: "2026-12-03T00:00:00.000Z" }] })
    expect(lines(refunded)).toEqual([
      ["refund", -50, null],
      ["commission", 5, null],
    ])
    expect(orderLedgerEntries(settled({ settled: false }))).toEqual([])
    expect(orderLedgerEntries(settled({ hold_days: 0 }))[0].available_at?.toISOString()).toBe("2026-12-01T10:00:00.000Z")
  })
})

describe("what may be paid out", () => {
  const now = new Date("2026-12-10T00:00:00.000Z")
  const at = (days: number) => new Date(now.getTime() + days * DAY)

  it("pays only what is past its holding period, and says until when the rest is held", () => {
    expect(
      payoutPosition(
        [
          { amount: 100, available_at: at(-1) },
          { amount: -10, available_at: at(-1) },
          { amount: 400, available_at: at(3) },
          { amount: -40, available_at: at(3) },
          { amount: 200, available_at: at(5) },
        ],
        now
      )
    ).toEqual({ balance_due: 650, payable: 90, held: 560, held_until: at(5).toISOString() })
  })

  it("counts money owed to Tadamon at once, even on a sale still held, and never pays below zero", () => {
    // A sale held, the commission a cooperative owes on its own delivery (held too), a payout.
    const entries = [
      { amount: 300, available_at: at(-2) },
      { amount: 500, available_at: at(2) },
      { amount: -50, available_at: at(2) },
      { amount: -500, available_at: at(2) },
      { amount: -100, available_at: null },
    ]
    expect(payoutPosition(entries, now)).toEqual({ balance_due: 150, payable: 150, held: 0, held_until: null })
    expect(payoutPosition([{ amount: 80, available_at: at(1) }, { amount: -100, available_at: null }], now)).toEqual({
      balance_due: -20,
      payable: 0,
      held: 0,
      held_until: null,
    })
    expect(payoutPosition([], now)).toEqual({ balance_due: 0, payable: 0, held: 0, held_until: null })
  })
})
