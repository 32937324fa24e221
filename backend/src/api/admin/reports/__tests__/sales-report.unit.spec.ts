import { PAYMENT_PROVIDERS } from "@tadamon/shared"
import {
  daysBetween,
  reportPeriod,
  salesReportCsv,
  salesReportOf,
  type CategoryRef,
  type EditionRef,
  type ReportOrder,
} from "../sales-report"
import type { AdminSalesReportResponse, SalesFigures, SalesReportRow } from "../types"

const nahl = { id: "coop_nahl", name: "Coopérative Nahl" }
const tin = { id: "coop_tin", name: "تعاونية التين" }

type Line = NonNullable<ReportOrder["items"]>[number]
const line = (quantity: number, total: number | string, product_id = "prod_honey"): Line => ({ quantity, total, product_id })

type Payment = { provider_id: string; captured_at?: unknown; canceled_at?: unknown }
const paid = (...payments: Payment[]): ReportOrder["payment_collections"] => [{ payments }]
const cashCollected: Payment = { provider_id: PAYMENT_PROVIDERS.cashOnDelivery, captured_at: "2026-12-22T10:00:00.000Z", canceled_at: null }
const cashAwaited: Payment = { provider_id: PAYMENT_PROVIDERS.cashOnDelivery, captured_at: null, canceled_at: null }
const cashCancelled: Payment = { ...cashCollected, canceled_at: "2026-12-23T10:00:00.000Z" }
const cardCaptured: Payment = { provider_id: "pp_stripe_stripe", captured_at: "2026-12-20T10:00:00.000Z", canceled_at: null }

const order = (id: string, overrides: Partial<ReportOrder> = {}): ReportOrder => ({
  id,
  created_at: "2026-12-20T10:00:00.000Z",
  status: "pending",
  items: [],
  order_group: null,
  cooperative: nahl,
  payment_collections: [],
  ...overrides,
})
const figures = (overrides: Partial<SalesFigures> = {}): SalesFigures => ({
  orders: 0,
  units: 0,
  revenue: 0,
  cash_collected: 0,
  cancelled_orders: 0,
  ...overrides,
})
/** The rows' own figures (without the edition's). */
const rowsOf = (report: AdminSalesReportResponse) =>
  report.rows.map(({ key, label, orders, units, revenue, cash_collected, cancelled_orders }) => ({
    key,
    label,
    orders,
    units,
    revenue,
    cash_collected,
    cancelled_orders,
  }))

describe("the report's days", () => {
  it("lists every day from `from` to `to`, both included, across months and a leap day", () => {
    expect(daysBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"])
    expect(daysBetween("2028-02-28", "2028-03-01")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"])
    expect(daysBetween("2027-02-28", "2027-03-01")).toEqual(["2027-02-28", "2027-03-01"])
    expect(daysBetween("2026-12-20", "2026-12-20")).toEqual(["2026-12-20"])
    expect(daysBetween("2026-12-21", "2026-12-20")).toEqual([])
  })

  it("spans the 30 days up to `to` when `from` is not given", () => {
    expect(reportPeriod({ from: "2026-12-01", to: "2026-12-31" })).toEqual({ from: "2026-12-01", to: "2026-12-31" })
    expect(reportPeriod({ to: "2026-12-31" })).toEqual({ from: "2026-12-02", to: "2026-12-31" })
    expect(reportPeriod({ to: "2027-03-01" })).toEqual({ from: "2027-01-31", to: "2027-03-01" })
    expect(reportPeriod({ to: "2028-03-01" })).toEqual({ from: "2028-02-01", to: "2028-03-01" })
    expect(daysBetween("2028-02-01", "2028-03-01")).toHaveLength(30)
  })

  it("ends today in Morocco when `to` is not given, even when the UTC day is not over", () => {
    jest.useFakeTimers({ now: new Date("2026-12-31T23:30:00.000Z") })
    try {
      // 23:30 UTC on 31 December is 00:30 on 1 January in Morocco (UTC+1).
      expect(reportPeriod({})).toEqual({ from: "2026-12-03", to: "2027-01-01" })
      expect(reportPeriod({ from: "2026-12-25" })).toEqual({ from: "2026-12-25", to: "2027-01-01" })
    } finally {
      jest.useRealTimers()
    }
  })
})

describe("the sales figures", () => {
  const period = { from: "2026-12-19", to: "2026-12-21" }
  // Nahl: honey and argan oil paid in cash to the courier; a line of one centime awaiting its
  // cash, placed at 23:30 UTC (the next Moroccan day); a large order cancelled since.
  // The fig cooperative: a card payment. No cooperative: cash whose capture was cancelled.
  const orders = [
    order("o1", { created_at: "2026-12-19T10:00:00.000Z", items: [line(2, 240), line(1, 19.99)], payment_collections: paid(cashCollected) }),
    order("o2", { cooperative: tin, items: [line(1, 85.5, "prod_figs")], payment_collections: paid(cardCaptured) }),
    order("o3", { created_at: "2026-12-20T23:30:00.000Z", items: [line(1, 0.01)], payment_collections: paid(cashAwaited) }),
    order("o4", { created_at: "2026-12-21T09:00:00.000Z", status: "canceled", items: [line(5, 500)], payment_collections: paid(cashCollected) }),
    order("o5", { created_at: "2026-12-21T09:00:00.000Z", cooperative: null, items: [line(1, 10)], payment_collections: paid(cashCancelled) }),
  ]

  it("sums orders, units, revenue and the cash collected per cooperative, counting cancelled orders apart", () => {
    const report = salesReportOf(orders, { ...period, group_by: "cooperative" })
    expect(rowsOf(report)).toEqual([
      { key: "coop_nahl", label: "Coopérative Nahl", ...figures({ orders: 2, units: 4, revenue: 260, cash_collected: 259.99, cancelled_orders: 1 }) },
      { key: "coop_tin", label: "تعاونية التين", ...figures({ orders: 1, units: 1, revenue: 85.5 }) },
      { key: null, label: null, ...figures({ orders: 1, units: 1, revenue: 10 }) },
    ])
    expect(report.totals).toEqual(figures({ orders: 4, units: 6, revenue: 355.5, cash_collected: 259.99, cancelled_orders: 1 }))
    expect(report).toMatchObject({ group_by: "cooperative", from: "2026-12-19", to: "2026-12-21", time_zone: "Africa/Casablanca", currency_code: "mad" })
  })

  it("puts each order on its Moroccan day in the series, every day of the range included, cancelled orders left out", () => {
    const report = salesReportOf(orders, { ...period, group_by: "cooperative" })
    expect(report.series).toEqual([
      { day: "2026-12-19", orders: 1, units: 3, revenue: 259.99 },
      { day: "2026-12-20", orders: 1, units: 1, revenue: 85.5 },
      { day: "2026-12-21", orders: 2, units: 2, revenue: 10.01 },
    ])
    const quiet = salesReportOf([], { from: "2026-12-30", to: "2027-01-01", group_by: "cooperative" })
    expect(quiet.series).toEqual([
      { day: "2026-12-30", orders: 0, units: 0, revenue: 0 },
      { day: "2026-12-31", orders: 0, units: 0, revenue: 0 },
      { day: "2027-01-01", orders: 0, units: 0, revenue: 0 },
    ])
    expect(quiet.rows).toEqual([])
    expect(quiet.totals).toEqual(figures())
  })

  it("adds the lines' amounts to the centime, as decimal strings too", () => {
    const report = salesReportOf([order("o1", { items: [line(1, 0.1), line(1, "0.2"), line(3, "19.99")] })], { ...period, group_by: "cooperative" })
    expect(report.totals).toEqual(figures({ orders: 1, units: 5, revenue: 20.29 }))
    expect(report.series[1]).toEqual({ day: "2026-12-20", orders: 1, units: 5, revenue: 20.29 })
  })

  it("counts a cancelled order in no figure but `cancelled_orders`, in the series neither", () => {
    const report = salesReportOf([order("o4", { status: "canceled", items: [line(5, 500)], payment_collections: paid(cashCollected) })], {
      ...period,
      group_by: "cooperative",
    })
    expect(report.totals).toEqual(figures({ cancelled_orders: 1 }))
    expect(rowsOf(report)).toEqual([{ key: "coop_nahl", label: "Coopérative Nahl", ...figures({ cancelled_orders: 1 }) }])
    expect(report.series.map((point) => point.orders)).toEqual([0, 0, 0])
  })

  it("ranks the biggest revenue first, ties by name, and no cooperative last whatever its revenue", () => {
    const atlas = { id: "coop_atlas", name: "Atlas" }
    const zrabi = { id: "coop_zrabi", name: "Zrabi" }
    const report = salesReportOf(
      [
        order("o1", { cooperative: zrabi, items: [line(1, 50)] }),
        order("o2", { cooperative: null, items: [line(1, 9000)] }),
        order("o3", { cooperative: atlas, items: [line(1, 50)] }),
        order("o4", { cooperative: tin, items: [line(1, 50.01)] }),
      ],
      { ...period, group_by: "cooperative" }
    )
    expect(report.rows.map((row) => row.key)).toEqual(["coop_tin", "coop_atlas", "coop_zrabi", null])
  })

  it("by category: counts each line under its product's category, an order in every category it has lines in and once in the totals", () => {
    const categories = new Map<string, CategoryRef>([
      ["prod_honey", { id: "pcat_honey", name: "Miel" }],
      ["prod_amlou", { id: "pcat_spreads", name: "Amlou et pâtes" }],
    ])
    const report = salesReportOf(
      [
        order("o1", {
          items: [line(2, 240, "prod_honey"), line(1, 19.99, "prod_amlou"), line(1, 30, "prod_honey")],
          payment_collections: paid(cashCollected),
        }),
        order("o2", { cooperative: tin, items: [line(4, 85.5, "prod_figs")] }),
        order("o3", { status: "canceled", items: [line(1, 19.99, "prod_amlou")] }),
      ],
      { ...period, group_by: "category", categories }
    )
    expect(rowsOf(report)).toEqual([
      { key: "pcat_honey", label: "Miel", ...figures({ orders: 1, units: 3, revenue: 270, cash_collected: 270 }) },
      { key: "pcat_spreads", label: "Amlou et pâtes", ...figures({ orders: 1, units: 1, revenue: 19.99, cash_collected: 19.99, cancelled_orders: 1 }) },
      { key: null, label: null, ...figures({ orders: 1, units: 4, revenue: 85.5 }) },
    ])
    expect(report.totals).toEqual(figures({ orders: 2, units: 8, revenue: 375.49, cash_collected: 289.99, cancelled_orders: 1 }))
  })

  it("by channel: always the three channels in their order, an unknown or missing channel counted as other", () => {
    const group = (channel: string | null) => ({ edition_id: null, channel })
    const report = salesReportOf(
      [
        order("o1", { order_group: group("stand_qr"), items: [line(1, 100)] }),
        order("o2", { order_group: group("instagram"), items: [line(1, 40)] }),
        order("o3", { order_group: null, items: [line(2, 60)] }),
        order("o4", { order_group: group(null), items: [line(1, 1)] }),
      ],
      { ...period, group_by: "channel" }
    )
    expect(rowsOf(report)).toEqual([
      { key: "stand_qr", label: "stand_qr", ...figures({ orders: 1, units: 1, revenue: 100 }) },
      { key: "edition_page", label: "edition_page", ...figures() },
      { key: "other", label: "other", ...figures({ orders: 3, units: 4, revenue: 101 }) },
    ])
    expect(salesReportOf([], { ...period, group_by: "channel" }).rows.map((row) => row.key)).toEqual(["stand_qr", "edition_page", "other"])
  })

  it("by edition: splits each edition's figures into before, during and after its Moroccan days", () => {
    const taounate: EditionRef = { id: "medi_taounate", handle: "taounate-2026", name: "Taounate 2026", starts_on: "2026-12-19", ends_on: "2026-12-20" }
    const editions = new Map([[taounate.id, taounate]])
    const fair = { edition_id: "medi_taounate", channel: "stand_qr" }
    const report = salesReportOf(
      [
        // 23:30 UTC on the 18th is the 19th in Morocco: the first day of the fair.
        order("o1", { created_at: "2026-12-18T23:30:00.000Z", order_group: fair, items: [line(1, 100)] }),
        order("o2", { created_at: "2026-12-18T22:30:00.000Z", order_group: fair, items: [line(1, 10)] }),
        order("o3", { created_at: "2026-12-20T22:59:59.000Z", order_group: fair, items: [line(2, 100)], payment_collections: paid(cashCollected) }),
        // 23:00 UTC on the 20th is the 21st in Morocco: after the fair.
        order("o4", { created_at: "2026-12-20T23:00:00.000Z", order_group: fair, items: [line(1, 7.5)] }),
        order("o5", { created_at: "2026-12-21T10:00:00.000Z", order_group: fair, status: "canceled", items: [line(1, 300)] }),
        order("o6", { order_group: { edition_id: null, channel: "other" }, items: [line(1, 20)] }),
        // An edition that no longer exists counts as none.
        order("o7", { order_group: { edition_id: "medi_gone", channel: "other" }, items: [line(1, 5)] }),
      ],
      { from: "2026-12-18", to: "2026-12-21", group_by: "edition", editions }
    )
    const [fairRow, noneRow] = report.rows as [SalesReportRow, SalesReportRow]
    expect(fairRow).toEqual({
      key: "medi_taounate",
      label: "Taounate 2026",
      ...figures({ orders: 4, units: 5, revenue: 217.5, cash_collected: 100, cancelled_orders: 1 }),
      edition: { handle: "taounate-2026", starts_on: "2026-12-19", ends_on: "2026-12-20" },
      before: figures({ orders: 1, units: 1, revenue: 10 }),
      during: figures({ orders: 2, units: 3, revenue: 200, cash_collected: 100 }),
      after: figures({ orders: 1, units: 1, revenue: 7.5, cancelled_orders: 1 }),
    })
    expect(noneRow).toEqual({
      key: null,
      label: null,
      ...figures({ orders: 2, units: 2, revenue: 25 }),
      edition: null,
      before: figures(),
      during: figures(),
      after: figures(),
    })
    expect(report.rows).toHaveLength(2)
  })

  it("gives rows no edition fields unless grouped by edition", () => {
    const report = salesReportOf(orders, { ...period, group_by: "cooperative" })
    for (const row of report.rows) {
      expect(Object.keys(row).sort()).toEqual(["cancelled_orders", "cash_collected", "key", "label", "orders", "revenue", "units"])
    }
  })
})

describe("the sales report as CSV", () => {
  const report = (overrides: Partial<AdminSalesReportResponse>): AdminSalesReportResponse => ({
    group_by: "cooperative",
    from: "2026-12-19",
    to: "2026-12-21",
    time_zone: "Africa/Casablanca",
    currency_code: "mad",
    rows: [],
    totals: figures(),
    series: [],
    ...overrides,
  })

  it("writes a byte-order mark, a header named after the grouping and one CRLF-ended row per row, amounts in MAD with 2 decimals", () => {
    const csv = salesReportCsv(
      report({
        rows: [
          { key: "coop_nahl", label: "Coopérative Nahl", ...figures({ orders: 2, units: 4, revenue: 260, cash_collected: 259.99, cancelled_orders: 1 }) },
          { key: "coop_tin", label: "تعاونية التين", ...figures({ orders: 1, units: 1, revenue: 85.5 }) },
          { key: null, label: null, ...figures({ orders: 1, units: 1, revenue: 0.1 }) },
        ],
      })
    )
    expect(csv).toBe(
      "\uFEFF" +
        "cooperative,name,orders,units,revenue,cash_collected,cancelled_orders,currency\r\n" +
        "coop_nahl,Coopérative Nahl,2,4,260.00,259.99,1,MAD\r\n" +
        "coop_tin,تعاونية التين,1,1,85.50,0.00,0,MAD\r\n" +
        ",,1,1,0.10,0.00,0,MAD\r\n"
    )
    expect(salesReportCsv(report({ group_by: "channel" }))).toBe(
      "\uFEFFchannel,name,orders,units,revenue,cash_collected,cancelled_orders,currency\r\n"
    )
  })

  it("quotes names holding a comma or a quote and neutralizes those a spreadsheet would run as a formula", () => {
    const csv = salesReportCsv(
      report({
        group_by: "category",
        rows: [
          { key: "pcat_1", label: 'Miel, "sidr"', ...figures() },
          { key: "pcat_2", label: "=1+1", ...figures() },
          { key: "pcat_3", label: "-Promo", ...figures() },
        ],
      })
    )
    expect(csv.split("\r\n").slice(1, 4)).toEqual([
      'pcat_1,"Miel, ""sidr""",0,0,0.00,0.00,0,MAD',
      "pcat_2,'=1+1,0,0,0.00,0.00,0,MAD",
      "pcat_3,'-Promo,0,0,0.00,0.00,0,MAD",
    ])
  })

  it("by edition: adds the edition's days and its figures before, during and after the fair", () => {
    const csv = salesReportCsv(
      report({
        group_by: "edition",
        rows: [
          {
            key: "medi_taounate",
            label: "Taounate 2026",
            ...figures({ orders: 3, units: 4, revenue: 217.5, cash_collected: 100 }),
            edition: { handle: "taounate-2026", starts_on: "2026-12-19", ends_on: "2026-12-20" },
            before: figures({ orders: 1, units: 1, revenue: 10 }),
            during: figures({ orders: 1, units: 2, revenue: 200, cash_collected: 100 }),
            after: figures({ orders: 1, units: 1, revenue: 7.5, cancelled_orders: 1 }),
          },
          { key: null, label: null, ...figures({ orders: 1, units: 1, revenue: 20 }), edition: null },
        ],
      })
    )
    const [header, fairRow, noneRow, end] = csv.split("\r\n")
    expect(header).toBe(
      "\uFEFFedition,name,orders,units,revenue,cash_collected,cancelled_orders,starts_on,ends_on," +
        "before_orders,before_units,before_revenue,before_cash_collected,before_cancelled_orders," +
        "during_orders,during_units,during_revenue,during_cash_collected,during_cancelled_orders," +
        "after_orders,after_units,after_revenue,after_cash_collected,after_cancelled_orders,currency"
    )
    expect(fairRow).toBe("medi_taounate,Taounate 2026,3,4,217.50,100.00,0,2026-12-19,2026-12-20,1,1,10.00,0.00,0,1,2,200.00,100.00,0,1,1,7.50,0.00,1,MAD")
    expect(noneRow).toBe(",,1,1,20.00,0.00,0,,,0,0,0.00,0.00,0,0,0,0.00,0.00,0,0,0,0.00,0.00,0,MAD")
    expect(end).toBe("")
  })
})
