import type { EarningsStatement, LedgerEntry } from "@tadamon/shared"
import { parsePeriod, payoutPosition, periodKey, statementCsv } from "../statement"

const DAY = 24 * 60 * 60 * 1000
const now = new Date("2026-12-10T12:00:00.000Z")
const at = (days: number) => new Date(now.getTime() + days * DAY)

describe("a statement's period", () => {
  it("takes whole Moroccan days: from midnight in Morocco on `from` to the last millisecond of `to`", () => {
    expect(parsePeriod("2026-12-01", "2026-12-31")).toEqual({
      from: new Date("2026-11-30T23:00:00.000Z"),
      to: new Date("2026-12-31T22:59:59.999Z"),
    })
    expect(parsePeriod("2026-12-10", "2026-12-10")).toEqual({
      from: new Date("2026-12-09T23:00:00.000Z"),
      to: new Date("2026-12-10T22:59:59.999Z"),
    })
    // Morocco keeps UTC+0 through Ramadan.
    expect(parsePeriod("2026-03-01", "2026-03-01")).toEqual({
      from: new Date("2026-03-01T00:00:00.000Z"),
      to: new Date("2026-03-01T23:59:59.999Z"),
    })
  })

  it("takes an instant as it is", () => {
    const { from, to } = parsePeriod("2026-12-01T08:30:00.000Z", "2026-12-02T09:00:00+01:00")
    expect(from?.toISOString()).toBe("2026-12-01T08:30:00.000Z")
    expect(to?.toISOString()).toBe("2026-12-02T08:00:00.000Z")
  })

  it("is open on a side not given", () => {
    expect(parsePeriod()).toEqual({ from: null, to: null })
    expect(parsePeriod(undefined, "2026-12-31")).toEqual({ from: null, to: new Date("2026-12-31T22:59:59.999Z") })
    expect(parsePeriod("2026-12-01", "")).toEqual({ from: new Date("2026-11-30T23:00:00.000Z"), to: null })
  })
})

describe("a chart's periods", () => {
  it("puts a sale on its Moroccan day, week from Monday and month", () => {
    // 23:30 UTC on Sunday 31 January 2027 is 00:30 on Monday 1 February in Taounate.
    const lateSale = new Date("2027-01-31T23:30:00.000Z")
    expect(periodKey(lateSale, "day")).toBe("2027-02-01")
    expect(periodKey(lateSale, "week")).toBe("2027-02-01")
    expect(periodKey(lateSale, "month")).toBe("2027-02-01")
    const sunday = new Date("2026-12-20T12:00:00.000Z")
    expect(periodKey(sunday, "week")).toBe("2026-12-14")
    expect(periodKey(sunday, "month")).toBe("2026-12-01")
  })
})

describe("what a cooperative may be paid out", () => {
  it("pays a line whose holding period ends exactly now, and holds one that ends a millisecond later", () => {
    expect(payoutPosition([{ amount: 200, available_at: now }], now)).toEqual({ balance_due: 200, payable: 200, held: 0, held_until: null })
    const later = new Date(now.getTime() + 1)
    expect(payoutPosition([{ amount: 200, available_at: later }], now)).toEqual({
      balance_due: 200,
      payable: 0,
      held: 200,
      held_until: "2026-12-10T12:00:00.001Z",
    })
  })

  it("reads the amounts and dates as the database gives them (decimal strings, ISO strings)", () => {
    const entries = [
      { amount: "400.00", available_at: "2026-12-01T10:00:00.000Z" },
      { amount: "-40.00", available_at: "2026-12-01T10:00:00.000Z" },
      { amount: "120.50", available_at: "2026-12-15T10:00:00.000Z" },
    ]
    expect(payoutPosition(entries, now)).toEqual({ balance_due: 480.5, payable: 360, held: 120.5, held_until: "2026-12-15T10:00:00.000Z" })
  })

  it("counts odd centimes exactly", () => {
    // 0.10 + 0.20 would be 0.30000000000000004 in floating point.
    const entries = [
      { amount: 0.1, available_at: at(-1) },
      { amount: 0.2, available_at: at(-1) },
      { amount: 19.99, available_at: at(2) },
      { amount: -3, available_at: at(2) },
    ]
    expect(payoutPosition(entries, now)).toEqual({ balance_due: 17.29, payable: 0.3, held: 16.99, held_until: at(2).toISOString() })
  })

  it("holds the sales in their holding period until the last of them is over", () => {
    const entries = [
      { amount: 300, available_at: at(6) },
      { amount: -30, available_at: at(6) },
      { amount: 150, available_at: at(1) },
      { amount: -15, available_at: at(1) },
    ]
    expect(payoutPosition(entries, now)).toEqual({ balance_due: 405, payable: 0, held: 405, held_until: at(6).toISOString() })
    // A day and a half later, the first sale is past its period.
    expect(payoutPosition(entries, new Date(now.getTime() + 1.5 * DAY))).toEqual({
      balance_due: 405,
      payable: 135,
      held: 270,
      held_until: at(6).toISOString(),
    })
    expect(payoutPosition(entries, at(6))).toEqual({ balance_due: 405, payable: 405, held: 0, held_until: null })
  })

  it("takes a payout off what is payable, and leaves nothing to pay once all is paid out", () => {
    const sold = [
      { amount: 500, available_at: at(-3) },
      { amount: -50, available_at: at(-3) },
    ]
    expect(payoutPosition([...sold, { amount: -300, available_at: null }], now)).toEqual({
      balance_due: 150,
      payable: 150,
      held: 0,
      held_until: null,
    })
    expect(payoutPosition([...sold, { amount: -450, available_at: null }], now)).toEqual({ balance_due: 0, payable: 0, held: 0, held_until: null })
  })

  it("counts a refund at once, against what is held when nothing else is payable", () => {
    // A sale of 400 still held (commission 10 %), then 100 refunded with its commission given back.
    const entries = [
      { amount: 400, available_at: at(4) },
      { amount: -40, available_at: at(4) },
      { amount: -100, available_at: null },
      { amount: 10, available_at: null },
    ]
    expect(payoutPosition(entries, now)).toEqual({ balance_due: 270, payable: 0, held: 270, held_until: at(4).toISOString() })
    // Once the sale is past its period, all of the rest is payable.
    expect(payoutPosition(entries, at(5))).toEqual({ balance_due: 270, payable: 270, held: 0, held_until: null })
  })

  it("counts the commission a cooperative owes on the cash it kept at once, against its other sales", () => {
    // A card sale past its period (200, commission 20); a home delivery whose cash the cooperative
    // kept (400, commission 40, cash held 400), still in its period.
    const entries = [
      { amount: 200, available_at: at(-1) },
      { amount: -20, available_at: at(-1) },
      { amount: 400, available_at: at(3) },
      { amount: -40, available_at: at(3) },
      { amount: -400, available_at: at(3) },
    ]
    expect(payoutPosition(entries, now)).toEqual({ balance_due: 140, payable: 140, held: 0, held_until: null })
  })

  it("pays nothing and holds nothing while the balance is in Tadamon's favour", () => {
    // Two home deliveries whose cash the cooperative kept: it owes Tadamon their commission (40 + 15).
    const entries = [
      { amount: 150, available_at: at(-2) },
      { amount: -15, available_at: at(-2) },
      { amount: -150, available_at: at(-2) },
      { amount: 400, available_at: at(3) },
      { amount: -40, available_at: at(3) },
      { amount: -400, available_at: at(3) },
    ]
    expect(payoutPosition(entries, now)).toEqual({ balance_due: -55, payable: 0, held: 0, held_until: null })
    // A card sale still held does not pay off the debt before its period is over; the debt is
    // taken off it.
    const withCardSale = [...entries, { amount: 100, available_at: at(5) }, { amount: -10, available_at: at(5) }]
    expect(payoutPosition(withCardSale, now)).toEqual({ balance_due: 35, payable: 0, held: 35, held_until: at(5).toISOString() })
    expect(payoutPosition(withCardSale, at(5))).toEqual({ balance_due: 35, payable: 35, held: 0, held_until: null })
  })
})

const entry = (overrides: Partial<LedgerEntry>): LedgerEntry => ({
  id: "le_1",
  type: "sale",
  amount: 0,
  currency_code: "mad",
  occurred_at: "2026-12-01T10:00:00.000Z",
  available_at: null,
  order_id: null,
  order_display_id: null,
  rate: null,
  method: null,
  reference: null,
  note: null,
  ...overrides,
})
const statement = (entries: LedgerEntry[]): EarningsStatement => ({
  cooperative: { id: "coop_1", name: "تعاونية النحل", handle: "nahl" },
  currency_code: "mad",
  from: null,
  to: null,
  commission_rate: 10,
  sales: 0,
  commission: 0,
  refunds: 0,
  payouts: 0,
  cash_held: 0,
  net_earnings: 0,
  opening_balance: 0,
  closing_balance: 0,
  balance_due: 0,
  payable: 0,
  held: 0,
  held_until: null,
  hold_days: 7,
  entries,
})
const HEADER = "date,type,order,amount,currency,rate,method,reference,note"

describe("a statement as CSV", () => {
  it("writes a byte-order mark, the header and one CRLF-ended row per entry, amounts with 2 decimals", () => {
    const refunded = "2026-12-03T09:15:00.000Z"
    const csv = statementCsv(
      statement([
        entry({ type: "sale", amount: 400, order_id: "order_1", order_display_id: 1042 }),
        entry({ type: "commission", amount: -40, rate: 10, order_id: "order_1", order_display_id: 1042 }),
        entry({ type: "refund", amount: -12.5, order_id: "order_1", order_display_id: 1042, occurred_at: refunded }),
        entry({ type: "commission", amount: 1.25, rate: 10, order_id: "order_1", order_display_id: 1042, occurred_at: refunded, note: "refund" }),
        entry({ type: "cash_held", amount: -0.1, order_id: "order_2", order_display_id: 7 }),
        entry({ type: "payout", amount: -346.15, occurred_at: "2026-12-10T00:00:00.000Z", method: "bank_transfer", reference: "VIR 2026/118" }),
      ])
    )
    expect(csv).toBe(
      "\uFEFF" +
        `${HEADER}\r\n` +
        "2026-12-01,sale,1042,400.00,MAD,,,,\r\n" +
        "2026-12-01,commission,1042,-40.00,MAD,10,,,\r\n" +
        "2026-12-03,refund,1042,-12.50,MAD,,,,\r\n" +
        "2026-12-03,commission,1042,1.25,MAD,10,,,refund\r\n" +
        "2026-12-01,cash_held,7,-0.10,MAD,,,,\r\n" +
        "2026-12-10,payout,,-346.15,MAD,,bank_transfer,VIR 2026/118,\r\n"
    )
  })

  it("keeps a rate's decimals and Arabic text as they are", () => {
    const csv = statementCsv(statement([entry({ type: "commission", amount: -41.67, rate: 12.5, note: "عمولة ديسمبر" })]))
    expect(csv.split("\r\n")[1]).toBe("2026-12-01,commission,,-41.67,MAD,12.5,,,عمولة ديسمبر")
  })

  it("quotes text holding a comma, a semicolon, a quote or a line break", () => {
    const csv = statementCsv(
      statement([
        entry({ type: "payout", amount: -100, method: "cash", reference: "reçu 12; caisse", note: 'Virement, "décembre"\nsigné' }),
      ])
    )
    expect(csv.split("\r\n")[1]).toBe('2026-12-01,payout,,-100.00,MAD,,cash,"reçu 12; caisse","Virement, ""décembre""\nsigné"')
  })

  it("neutralizes text a spreadsheet would run as a formula, but not negative amounts", () => {
    const csv = statementCsv(
      statement([
        entry({ type: "payout", amount: -5, reference: "=HYPERLINK(1)", note: "+212612345678" }),
        entry({ type: "payout", amount: -5, reference: "-12", note: "@SUM(A1)" }),
        entry({ type: "payout", amount: -5, reference: '=HYPERLINK("http://x.example","clic")' }),
      ])
    )
    expect(csv.split("\r\n").slice(1, 4)).toEqual([
      "2026-12-01,payout,,-5.00,MAD,,,'=HYPERLINK(1),'+212612345678",
      "2026-12-01,payout,,-5.00,MAD,,,'-12,'@SUM(A1)",
      `2026-12-01,payout,,-5.00,MAD,,,"'=HYPERLINK(""http://x.example"",""clic"")",`,
    ])
  })

  it("writes only the header for a period without entries", () => {
    expect(statementCsv(statement([]))).toBe(`\uFEFF${HEADER}\r\n`)
  })
})
