import { PAYMENT_PROVIDERS } from "@tadamon/shared"
import type { ProgressEventRecord } from "../../../../domain/orders/order-progress"
import {
  isRemittanceId,
  openClaims,
  remittanceNames,
  remittanceReferences,
  toCashClaims,
  toRemittanceImport,
  toRemittanceLine,
  toRemittanceSummary,
  type CashClaimOrder,
  type RemittanceLineRecord,
  type RemittanceRecord,
} from "../../../../domain/settlement/remittance-rules"

const IMPORTED_AT = "2026-12-15T08:30:00.000Z"

const record = (overrides: Partial<RemittanceRecord> = {}): RemittanceRecord => ({
  id: "crem_1",
  carrier: "amana",
  filename: "amana-2026-12-14.csv",
  imported_by: "user_organizer",
  currency_code: "mad",
  line_count: 0,
  captured_count: 0,
  flagged_count: 0,
  captured_amount: 0,
  created_at: IMPORTED_AT,
  ...overrides,
})
const stored = (line: number, overrides: Partial<RemittanceLineRecord> = {}): RemittanceLineRecord => ({
  line,
  tracking_number: `RR${line}MA`,
  amount: 400,
  paid_on: "2026-12-14",
  outcome: "captured",
  error: null,
  order_id: null,
  cooperative_id: null,
  expected_amount: null,
  delivery_recorded: false,
  message: null,
  ...overrides,
})
const NAMES = remittanceNames(
  [
    { id: "order_1", display_id: 1042 },
    { id: "order_2", display_id: 1043 },
  ],
  [{ id: "coop_1", name: "Tifawin" }]
)
const NO_NAMES = remittanceNames([], [])

describe("the summary of an imported statement", () => {
  it("reads the stored counts as they are and the captured amount as a number, to the centime", () => {
    expect(
      toRemittanceSummary(record({ line_count: 3, captured_count: 2, flagged_count: 1, captured_amount: "620.45", created_at: new Date(IMPORTED_AT) }))
    ).toEqual({
      id: "crem_1",
      carrier: "amana",
      filename: "amana-2026-12-14.csv",
      imported_at: IMPORTED_AT,
      imported_by: "user_organizer",
      line_count: 3,
      captured_count: 2,
      flagged_count: 1,
      captured_amount: 620.45,
      currency_code: "mad",
    })
    // A stored big number reads through its text.
    expect(toRemittanceSummary(record({ captured_amount: { toString: () => "0.05" } })).captured_amount).toBe(0.05)
  })

  it("shows no filename, no importer, nothing captured and MAD where the record has none", () => {
    const summary = toRemittanceSummary(record({ filename: undefined, imported_by: null, captured_amount: null, currency_code: "" }))
    expect([summary.filename, summary.imported_by, summary.captured_amount, summary.currency_code]).toEqual([null, null, 0, "mad"])
  })

  it("dates an import in UTC whatever offset it was stored with", () => {
    expect(toRemittanceSummary(record({ created_at: "2026-12-15T09:30:00+01:00" })).imported_at).toBe(IMPORTED_AT)
  })
})

describe("the lines of an imported statement", () => {
  it("reports an empty statement with no lines and looks up no names", () => {
    expect(remittanceReferences([])).toEqual({ orderIds: [], cooperativeIds: [] })
    const report = toRemittanceImport(record(), [], NO_NAMES)
    expect(report.lines).toEqual([])
    expect([report.line_count, report.captured_count, report.flagged_count, report.captured_amount]).toEqual([0, 0, 0, 0])
  })

  it("maps a captured line with its order's display id and cooperative", () => {
    const line = stored(2, {
      amount: "399.99",
      order_id: "order_1",
      cooperative_id: "coop_1",
      expected_amount: "399.99",
      delivery_recorded: true,
    })
    expect(toRemittanceLine(line, NAMES)).toEqual({
      line: 2,
      tracking_number: "RR2MA",
      amount: 399.99,
      paid_on: "2026-12-14",
      outcome: "captured",
      error: null,
      order_id: "order_1",
      order_display_id: 1042,
      cooperative: { id: "coop_1", name: "Tifawin" },
      expected_amount: 399.99,
      delivery_recorded: true,
      message: null,
    })
  })

  it("keeps the file's order and each line's own outcome, reason and amounts when outcomes are mixed", () => {
    const lines = [
      stored(2, { order_id: "order_1", cooperative_id: "coop_1", expected_amount: 400 }),
      stored(3, { amount: 399.5, outcome: "amount_mismatch", order_id: "order_2", cooperative_id: "coop_1", expected_amount: 400.25 }),
      stored(4, { tracking_number: undefined, amount: undefined, paid_on: undefined, outcome: "invalid_row", error: "missing_tracking_number" }),
      stored(5, { outcome: "failed", order_id: "order_2", cooperative_id: "coop_1", expected_amount: 400, message: "Payment already captured" }),
      stored(6, { outcome: "unknown_tracking" }),
    ]
    const report = toRemittanceImport(record({ line_count: 5, captured_count: 1, flagged_count: 4, captured_amount: 400 }), lines, NAMES)
    expect(
      report.lines.map((line) => [line.line, line.outcome, line.error, line.amount, line.expected_amount, line.order_display_id, line.message])
    ).toEqual([
      [2, "captured", null, 400, 400, 1042, null],
      [3, "amount_mismatch", null, 399.5, 400.25, 1043, null],
      [4, "invalid_row", "missing_tracking_number", null, null, null, null],
      [5, "failed", null, 400, 400, 1043, "Payment already captured"],
      [6, "unknown_tracking", null, 400, null, null, null],
    ])
    expect(report.lines[2]).toMatchObject({ tracking_number: null, paid_on: null, order_id: null, cooperative: null })
  })

  it("reports a statement whose every line is flagged without any order where none was found", () => {
    const lines = [stored(2, { outcome: "unknown_tracking" }), stored(3, { outcome: "duplicate_in_file" }), stored(4, { outcome: "ambiguous_tracking" })]
    const report = toRemittanceImport(record({ line_count: 3, flagged_count: 3 }), lines, NO_NAMES)
    expect(report.lines.map((line) => [line.outcome, line.order_id, line.order_display_id, line.cooperative])).toEqual([
      ["unknown_tracking", null, null, null],
      ["duplicate_in_file", null, null, null],
      ["ambiguous_tracking", null, null, null],
    ])
  })

  it("keeps an amount of zero as zero, not as missing", () => {
    expect(toRemittanceLine(stored(2, { amount: 0, expected_amount: "0" }), NO_NAMES)).toMatchObject({ amount: 0, expected_amount: 0 })
    expect(toRemittanceLine(stored(2, { amount: null, expected_amount: undefined }), NO_NAMES)).toMatchObject({ amount: null, expected_amount: null })
  })

  it("keeps a line's order id but shows no display id or cooperative when they are no longer found", () => {
    expect(toRemittanceLine(stored(2, { order_id: "order_gone", cooperative_id: "coop_gone" }), NAMES)).toMatchObject({
      order_id: "order_gone",
      order_display_id: null,
      cooperative: null,
    })
  })

  it("looks up each order and cooperative once, in the order the lines name them", () => {
    const lines = [
      stored(2, { order_id: "order_2", cooperative_id: "coop_2" }),
      stored(3),
      stored(4, { order_id: "order_1", cooperative_id: "coop_1" }),
      stored(5, { order_id: "order_2", cooperative_id: "coop_2" }),
      stored(6, { order_id: "", cooperative_id: undefined }),
    ]
    expect(remittanceReferences(lines)).toEqual({ orderIds: ["order_2", "order_1"], cooperativeIds: ["coop_2", "coop_1"] })
  })

  it("reads an order's display id as a number", () => {
    expect(remittanceNames([{ id: "order_1", display_id: "1042" }], []).displayIds.get("order_1")).toBe(1042)
  })
})

describe("which ids may name an import", () => {
  it("accepts word characters and dashes only, so a stray character is an unknown import rather than a database error", () => {
    expect(["crem_01JF3K8Q", "crem-1", "1"].map(isRemittanceId)).toEqual([true, true, true])
    expect(["", "crem_1\u0000", "../crem_1", "crem 1", "crem_1'--"].map(isRemittanceId)).toEqual([false, false, false, false, false])
  })
})

type Payment = NonNullable<NonNullable<NonNullable<CashClaimOrder["payment_collections"]>[number]>["payments"]>[number]

const PLACED_AT = "2026-12-10T09:00:00.000Z"
const CLAIMED_AT = "2026-12-13T17:30:00.000Z"
const AMANA = { name: "Amana", amount: 40, metadata: { kind: "amana" } }
const PICKUP = { name: "Retrait", amount: 0, metadata: { kind: "pickup" } }
const HOME_DELIVERY = { name: "Livraison à domicile", amount: 25, metadata: { kind: "home-delivery" } }

const event = (name: string, created_at: string | Date, extra: Partial<ProgressEventRecord> = {}): ProgressEventRecord => ({
  id: `opev_${name}`,
  event: name,
  created_at,
  actor_type: "member",
  actor_id: "mem_fatima",
  ...extra,
})
const shipped = event("shipped", "2026-12-11T10:00:00.000Z", { carrier: "amana", tracking_number: "RR123456789MA" })
const delivered = event("delivered", "2026-12-13T12:00:00.000Z")
const claimed = (at: string | Date = CLAIMED_AT) => event("cash_claimed", at)

const cashPayment = (overrides: Partial<NonNullable<Payment>> = {}): Payment => ({
  id: "pay_cod",
  provider_id: PAYMENT_PROVIDERS.cashOnDelivery,
  amount: 220,
  captures: [],
  refunds: [],
  ...overrides,
})
/** An Amana cash-on-delivery order of 220 MAD, shipped, delivered and its cash claimed by the cooperative. */
const claimOrder = (id: string, overrides: Partial<CashClaimOrder> & { payment?: Payment | null } = {}): CashClaimOrder => {
  const { payment = cashPayment(), ...rest } = overrides
  return {
    id,
    display_id: 1042,
    currency_code: "mad",
    total: 220,
    created_at: PLACED_AT,
    status: "pending",
    shipping_methods: [AMANA],
    payment_collections: payment ? [{ id: "paycol_1", status: "authorized", amount: 220, payments: [payment] }] : [],
    order_progress_events: [shipped, delivered, claimed()],
    fulfillments: [],
    cooperative: { id: "coop_1", name: "Tifawin" },
    ...rest,
  }
}

describe("which claims are still open", () => {
  const claim = (order_id: string, created_at: string) => ({ order_id, created_at })

  it("sets aside claims whose order was confirmed or cancelled before keeping the oldest few", () => {
    const claims = [
      claim("order_new", "2026-12-05T10:00:00Z"),
      claim("order_confirmed", "2026-11-01T10:00:00Z"),
      claim("order_old", "2026-11-20T09:00:00Z"),
      claim("order_cancelled", "2026-11-02T10:00:00Z"),
      claim("order_mid", "2026-12-01T08:00:00Z"),
    ]
    // With room for two, the two oldest open claims, not the confirmed or cancelled older ones.
    expect(openClaims(claims, ["order_confirmed", "order_cancelled"], 2).map((open) => open.order_id)).toEqual(["order_old", "order_mid"])
    expect(openClaims(claims, [], 10).map((open) => open.order_id)).toEqual([
      "order_confirmed",
      "order_cancelled",
      "order_old",
      "order_mid",
      "order_new",
    ])
    expect(openClaims(claims, claims.map((each) => each.order_id), 10)).toEqual([])
  })
})

describe("the cash claims organizers are shown", () => {
  it("shows no claims when no order is claimed", () => {
    expect(toCashClaims([])).toEqual([])
  })

  it("shows an Amana order's claim as cash the carrier holds, with its amount to the centime, tracking number and delivery", () => {
    expect(toCashClaims([claimOrder("order_1", { payment: cashPayment({ amount: "220.50" }) })])).toEqual([
      {
        order_id: "order_1",
        order_display_id: 1042,
        cooperative: { id: "coop_1", name: "Tifawin" },
        cash_holder: "carrier",
        amount: 220.5,
        currency_code: "mad",
        claimed_at: CLAIMED_AT,
        tracking_number: "RR123456789MA",
        delivered: true,
      },
    ])
  })

  it("shows a pickup order's claim, or one whose delivery is unknown, as cash the organizers hold at the store", () => {
    const pickup = claimOrder("order_pickup", { shipping_methods: [PICKUP], order_progress_events: [claimed()] })
    const unknown = claimOrder("order_unknown", { shipping_methods: [] })
    expect(toCashClaims([pickup, unknown]).map((claim) => [claim.order_id, claim.cash_holder, claim.tracking_number, claim.delivered])).toEqual([
      ["order_pickup", "organizers", null, false],
      ["order_unknown", "organizers", "RR123456789MA", true],
    ])
  })

  it("uses the order total as the amount when the order has no payment yet", () => {
    expect(toCashClaims([claimOrder("order_1", { payment: null, total: "180.75" })]).map((claim) => claim.amount)).toEqual([180.75])
  })

  it("hides cash already confirmed or refunded, orders cancelled, cash never claimed, card payments and a cooperative's own delivery", () => {
    const orders = [
      claimOrder("order_collected", { payment: cashPayment({ captures: [{ amount: 220 }] }) }),
      claimOrder("order_captured_at", { payment: cashPayment({ captured_at: "2026-12-14T09:00:00.000Z" }) }),
      claimOrder("order_refunded", { payment: cashPayment({ captures: [{ amount: 220 }], refunds: [{ amount: 20 }] }) }),
      claimOrder("order_cancelled", { status: "canceled", canceled_at: "2026-12-14T09:00:00.000Z" }),
      claimOrder("order_payment_canceled", { payment: cashPayment({ canceled_at: "2026-12-14T09:00:00.000Z" }) }),
      claimOrder("order_unclaimed", { order_progress_events: [shipped, delivered] }),
      claimOrder("order_card", { payment: cashPayment({ provider_id: PAYMENT_PROVIDERS.stripe }) }),
      claimOrder("order_home", { shipping_methods: [HOME_DELIVERY] }),
    ]
    expect(toCashClaims(orders)).toEqual([])
  })

  it("shows only the claims still awaiting confirmation among confirmed ones", () => {
    const orders = [
      claimOrder("order_confirmed", { payment: cashPayment({ captures: [{ amount: 220 }] }) }),
      claimOrder("order_awaiting"),
      claimOrder("order_cancelled", { status: "canceled" }),
    ]
    expect(toCashClaims(orders).map((claim) => claim.order_id)).toEqual(["order_awaiting"])
  })

  it("lists the oldest claim first, whatever order the orders come in, dates in UTC", () => {
    const orders = [
      claimOrder("order_b", { order_progress_events: [shipped, claimed("2026-12-13T08:00:00.000Z")] }),
      claimOrder("order_c", { order_progress_events: [shipped, claimed(new Date("2026-12-14T00:00:00.000Z"))] }),
      claimOrder("order_a", { order_progress_events: [shipped, claimed("2026-12-13T01:00:00+02:00")] }),
    ]
    expect(toCashClaims(orders).map((claim) => [claim.order_id, claim.claimed_at])).toEqual([
      ["order_a", "2026-12-12T23:00:00.000Z"],
      ["order_b", "2026-12-13T08:00:00.000Z"],
      ["order_c", "2026-12-14T00:00:00.000Z"],
    ])
  })

  it("shows a cooperative without a name with an empty name, and no cooperative when the order has none", () => {
    const claims = toCashClaims([
      claimOrder("order_1", { cooperative: { id: "coop_1" } }),
      claimOrder("order_2", { cooperative: null, order_progress_events: [shipped, delivered, claimed("2026-12-14T00:00:00.000Z")] }),
    ])
    expect(claims.map((claim) => claim.cooperative)).toEqual([{ id: "coop_1", name: "" }, null])
  })
})
