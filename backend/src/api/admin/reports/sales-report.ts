import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CURRENCY_CODE, MARKET_TIME_ZONE, moroccanDay, PAYMENT_PROVIDERS } from "@tadamon/shared"
import { fromCents, toCents } from "../../../domain/settlement/money"
import {
  CHANNEL_ORDER,
  type AdminSalesReportResponse,
  type SalesFigures,
  type SalesGrouping,
  type SalesReportRow,
  type SalesSeriesPoint,
} from "./types"
import { queryRows } from "../../../utils/query-rows"

/**
 * The organizers' sales report: Medusa orders placed on the Moroccan days `from`…`to`, read with
 * query.graph (orders with their lines' totals, their group's attribution, their cooperative and
 * their payments) a page at a time, and summed per cooperative, category, edition or channel.
 *
 * Revenue is what the customer pays for the lines (after discounts, tax included), without
 * shipping; an order's lines count under one category each (their product's first category by
 * rank, then name). Cancelled orders count only in `cancelled_orders`. Refunds are not deducted
 * (they are in the cooperatives' statements).
 */

type Scope = Pick<MedusaContainer, "resolve">
type Num = number | string | { toString(): string } | null | undefined

/** One order as the report reads it. */
export type ReportOrder = {
  id: string
  created_at: string | Date
  status: string
  items?: Array<{ quantity: Num; total: Num; product_id?: string | null } | null> | null
  order_group?: { edition_id?: string | null; channel?: string | null } | null
  cooperative?: { id: string; name: string } | null
  payment_collections?: Array<{
    payments?: Array<{ provider_id: string; captured_at?: unknown; canceled_at?: unknown } | null> | null
  } | null> | null
}

const ORDER_FIELDS = [
  "id",
  "created_at",
  "status",
  // Asking for an order total makes Medusa compute its lines' quantities and totals.
  "item_total",
  "items.id",
  "items.quantity",
  "items.total",
  "items.product_id",
  "order_group.edition_id",
  "order_group.channel",
  "cooperative.id",
  "cooperative.name",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

const PAGE = 500
const DAY_MS = 24 * 60 * 60 * 1000
/** The longest range a report covers (about two years of days). */
export const MAX_REPORT_DAYS = 731

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Every `YYYY-MM-DD` from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push(day)
  }
  return days
}

/** The report's days: `to` defaults to today in Morocco, `from` to 29 days before `to`. */
export function reportPeriod(params: { from?: string; to?: string }): { from: string; to: string } {
  const to = params.to ?? moroccanDay()
  return { from: params.from ?? addDays(to, -29), to }
}

async function ordersPlaced(scope: Scope, from: string, to: string): Promise<ReportOrder[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // Moroccan days are UTC+1 (UTC+0 in Ramadan): read a day more on each side, then keep the right days.
  const filters = {
    created_at: { $gte: new Date(Date.parse(`${from}T00:00:00.000Z`) - DAY_MS), $lt: new Date(Date.parse(`${to}T00:00:00.000Z`) + 2 * DAY_MS) },
  }
  const orders: ReportOrder[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { rows: page } = await queryRows<ReportOrder>(query, {
      entity: "order",
      fields: ORDER_FIELDS,
      filters,
      pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
    })
    for (const order of page) {
      const day = moroccanDay(new Date(order.created_at))
      if (order.status !== "draft" && day >= from && day <= to) {
        orders.push(order)
      }
    }
    if (page.length < PAGE) {
      return orders
    }
  }
}

export type CategoryRef = { id: string; name: string }

/** The category each product counts under: its first by rank, then name. */
async function categoriesOf(scope: Scope, productIds: string[]): Promise<Map<string, CategoryRef>> {
  const categories = new Map<string, CategoryRef>()
  if (!productIds.length) {
    return categories
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows: products } = await queryRows<{ id: string; categories?: Array<{ id: string; name: string; rank?: Num } | null> | null }>(query, {
    entity: "product",
    fields: ["id", "categories.id", "categories.name", "categories.rank"],
    filters: { id: productIds },
  })
  for (const product of products) {
    const sorted = (product.categories ?? [])
      .flatMap((category) => (category ? [category] : []))
      .sort((a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0) || a.name.localeCompare(b.name))
    if (sorted[0]) {
      categories.set(product.id, { id: sorted[0].id, name: sorted[0].name })
    }
  }
  return categories
}

export type EditionRef = { id: string; handle: string; name: string; starts_on: string; ends_on: string }

async function editionsOf(scope: Scope, ids: string[]): Promise<Map<string, EditionRef>> {
  if (!ids.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<EditionRef>(query, { entity: "edition", fields: ["id", "handle", "name", "starts_on", "ends_on"], filters: { id: ids } })
  return new Map(rows.map((edition) => [edition.id, edition]))
}

/** Figures in centimes while summing, with the orders counted once each. */
class Tally {
  orders = new Set<string>()
  cancelled = new Set<string>()
  units = 0
  revenue = 0
  cash = 0

  add(order: ReportOrder, lines: NonNullable<ReportOrder["items"]>, cashCollected: boolean) {
    if (order.status === "canceled") {
      this.cancelled.add(order.id)
      return
    }
    this.orders.add(order.id)
    for (const line of lines) {
      const cents = toCents(Number(line?.total ?? 0))
      this.units += Number(line?.quantity ?? 0)
      this.revenue += cents
      this.cash += cashCollected ? cents : 0
    }
  }

  figures(): SalesFigures {
    return {
      orders: this.orders.size,
      units: this.units,
      revenue: fromCents(this.revenue),
      cash_collected: fromCents(this.cash),
      cancelled_orders: this.cancelled.size,
    }
  }
}

type Phase = "before" | "during" | "after"

type Bucket = { key: string | null; label: string | null; edition?: EditionRef | null; all: Tally; phases: Record<Phase, Tally> }

/** Whether the courier's cash was collected: a captured cash-on-delivery payment. */
function cashCollected(order: ReportOrder): boolean {
  return (order.payment_collections ?? []).some((collection) =>
    (collection?.payments ?? []).some(
      (payment) => payment?.provider_id === PAYMENT_PROVIDERS.cashOnDelivery && !!payment.captured_at && !payment.canceled_at
    )
  )
}

function channelOf(order: ReportOrder): string {
  const channel = order.order_group?.channel
  return channel && (CHANNEL_ORDER as readonly string[]).includes(channel) ? channel : "other"
}

export async function salesReport(
  scope: Scope,
  params: { from?: string; to?: string; group_by?: SalesGrouping }
): Promise<AdminSalesReportResponse> {
  const groupBy = params.group_by ?? "cooperative"
  const { from, to } = reportPeriod(params)
  const orders = await ordersPlaced(scope, from, to)

  const categories =
    groupBy === "category"
      ? await categoriesOf(scope, [...new Set(orders.flatMap((order) => (order.items ?? []).flatMap((item) => item?.product_id ?? [])))])
      : new Map<string, CategoryRef>()
  const editions =
    groupBy === "edition"
      ? await editionsOf(scope, [...new Set(orders.flatMap((order) => order.order_group?.edition_id ?? []))])
      : new Map<string, EditionRef>()
  return salesReportOf(orders, { from, to, group_by: groupBy, categories, editions })
}

/**
 * The report of `orders` (placed on the Moroccan days `from`…`to`, drafts left out), summed per
 * `group_by`: `categories` is the category each product counts under, `editions` the orders' editions.
 */
export function salesReportOf(
  orders: ReportOrder[],
  params: { from: string; to: string; group_by: SalesGrouping; categories?: Map<string, CategoryRef>; editions?: Map<string, EditionRef> }
): AdminSalesReportResponse {
  const { from, to, group_by: groupBy, categories = new Map<string, CategoryRef>(), editions = new Map<string, EditionRef>() } = params
  const buckets = new Map<string, Bucket>()
  const bucket = (key: string | null, label: string | null, edition?: EditionRef | null) => {
    const id = key ?? ""
    let found = buckets.get(id)
    if (!found) {
      const phases = { before: new Tally(), during: new Tally(), after: new Tally() }
      found = { key, label, edition, all: new Tally(), phases }
      buckets.set(id, found)
    }
    return found
  }
  if (groupBy === "channel") {
    CHANNEL_ORDER.forEach((channel) => bucket(channel, channel))
  }

  const totals = new Tally()
  const series = new Map<string, { orders: number; units: number; revenue: number }>(
    daysBetween(from, to).map((day) => [day, { orders: 0, units: 0, revenue: 0 }])
  )

  for (const order of orders) {
    const lines = order.items ?? []
    const cash = cashCollected(order)
    const day = moroccanDay(new Date(order.created_at))
    totals.add(order, lines, cash)
    if (order.status !== "canceled") {
      const point = series.get(day)
      if (point) {
        point.orders += 1
        for (const line of lines) {
          point.units += Number(line?.quantity ?? 0)
          point.revenue += toCents(Number(line?.total ?? 0))
        }
      }
    }

    if (groupBy === "category") {
      const byCategory = new Map<string, { category: CategoryRef | null; lines: typeof lines }>()
      for (const line of lines) {
        const category = (line?.product_id && categories.get(line.product_id)) || null
        const entry = byCategory.get(category?.id ?? "") ?? { category, lines: [] }
        entry.lines.push(line)
        byCategory.set(category?.id ?? "", entry)
      }
      for (const { category, lines: categoryLines } of byCategory.values()) {
        bucket(category?.id ?? null, category?.name ?? null).all.add(order, categoryLines, cash)
      }
      continue
    }
    if (groupBy === "cooperative") {
      bucket(order.cooperative?.id ?? null, order.cooperative?.name ?? null).all.add(order, lines, cash)
      continue
    }
    if (groupBy === "channel") {
      bucket(channelOf(order), channelOf(order)).all.add(order, lines, cash)
      continue
    }
    const editionId = order.order_group?.edition_id ?? null
    const edition = editionId ? (editions.get(editionId) ?? null) : null
    const row = bucket(edition?.id ?? null, edition?.name ?? null, edition)
    row.all.add(order, lines, cash)
    if (edition) {
      const phase: Phase = day < edition.starts_on ? "before" : day > edition.ends_on ? "after" : "during"
      row.phases[phase].add(order, lines, cash)
    }
  }

  const rows: SalesReportRow[] = [...buckets.values()].map((entry) => {
    const row: SalesReportRow = { key: entry.key, label: entry.label, ...entry.all.figures() }
    if (groupBy === "edition") {
      row.edition = entry.edition ? { handle: entry.edition.handle, starts_on: entry.edition.starts_on, ends_on: entry.edition.ends_on } : null
      row.before = entry.phases.before.figures()
      row.during = entry.phases.during.figures()
      row.after = entry.phases.after.figures()
    }
    return row
  })
  if (groupBy !== "channel") {
    // Biggest first; "none" (no cooperative, category or edition) last.
    rows.sort((a, b) => Number(a.key === null) - Number(b.key === null) || b.revenue - a.revenue || (a.label ?? "").localeCompare(b.label ?? ""))
  }

  const points: SalesSeriesPoint[] = [...series.entries()].map(([day, point]) => ({
    day,
    orders: point.orders,
    units: point.units,
    revenue: fromCents(point.revenue),
  }))
  return {
    group_by: groupBy,
    from,
    to,
    time_zone: MARKET_TIME_ZONE,
    currency_code: CURRENCY_CODE,
    rows,
    totals: totals.figures(),
    series: points,
  }
}

/** A CSV cell: quoted when needed; text a spreadsheet would run as a formula is neutralized. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return ""
  }
  let text = String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const amount = (value: number) => value.toFixed(2)
const FIGURES = ["orders", "units", "revenue", "cash_collected", "cancelled_orders"] as const
const figureCells = (figures: SalesFigures | undefined) =>
  FIGURES.map((field) => {
    const value = figures?.[field] ?? 0
    return field === "revenue" || field === "cash_collected" ? amount(value) : String(value)
  })

/**
 * The report's rows as CSV for Excel: UTF-8 with a byte-order mark (Arabic names show right), a
 * header row, CRLF line ends, amounts in MAD with 2 decimals and a dot. Grouped by edition, each
 * row also carries the edition's days and its figures before, during and after the fair.
 */
export function salesReportCsv(report: AdminSalesReportResponse): string {
  const byEdition = report.group_by === "edition"
  const phases = ["before", "during", "after"] as const
  const header = [
    report.group_by,
    "name",
    ...FIGURES,
    ...(byEdition ? ["starts_on", "ends_on", ...phases.flatMap((phase) => FIGURES.map((field) => `${phase}_${field}`))] : []),
    "currency",
  ]
  const rows = report.rows.map((row) =>
    [
      cell(row.key),
      cell(row.label),
      ...figureCells(row),
      ...(byEdition ? [cell(row.edition?.starts_on), cell(row.edition?.ends_on), ...phases.flatMap((phase) => figureCells(row[phase]))] : []),
      report.currency_code.toUpperCase(),
    ].join(",")
  )
  return `\uFEFF${[header.join(","), ...rows].join("\r\n")}\r\n`
}
