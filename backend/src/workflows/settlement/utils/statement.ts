import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { invalidField } from "../../../utils/field-error"
import {
  CURRENCY_CODE,
  EARNINGS_CSV_HEADER,
  type EarningsInterval,
  type EarningsStatement,
  moroccanDay,
  moroccanDayStart,
  shiftDay,
  type LedgerEntry,
  type LedgerEntryType,
  type PayoutMethod,
  type VendorEarningsSeriesResponse,
} from "@tadamon/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { commissionRateFor } from "../../../domain/settlement/commission"
import { sumAmounts } from "../../../domain/settlement/money"

/**
 * Reading a cooperative's ledger: the statement (`/vendor/earnings`, the organizers' statement),
 * the chart series and the CSV export. Days are Moroccan days (Africa/Casablanca), as in the
 * organizers' sales report: a sale at 00:30 in Taounate is on that day, not the one before.
 */

type Scope = Pick<MedusaContainer, "resolve">

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** `from` and `to` as the routes take them: a Moroccan day `YYYY-MM-DD` (a `to` day counts whole) or an ISO instant. */
export function parsePeriod(from?: string, to?: string): { from: Date | null; to: Date | null } {
  return {
    from: from ? (DATE_ONLY.test(from) ? moroccanDayStart(from) : new Date(from)) : null,
    to: to ? (DATE_ONLY.test(to) ? new Date(moroccanDayStart(shiftDay(to, 1)).getTime() - 1) : new Date(to)) : null,
  }
}

type EntryRecord = {
  id: string
  type: string
  amount: unknown
  currency_code: string
  occurred_at: Date | string
  available_at?: Date | string | null
  order_id?: string | null
  rate?: unknown
  method?: string | null
  reference?: string | null
  note?: string | null
}

async function ledgerOf(scope: Scope, cooperativeId: string): Promise<EntryRecord[]> {
  const settlement: SettlementModuleService = scope.resolve(SETTLEMENT_MODULE)
  return await settlement.listLedgerEntries(
    { cooperative_id: cooperativeId },
    { order: { occurred_at: "ASC", created_at: "ASC" } }
  )
}

function toLedgerEntry(entry: EntryRecord, displayIds: Map<string, number>): LedgerEntry {
  return {
    id: entry.id,
    type: entry.type as LedgerEntryType,
    amount: Number(entry.amount),
    currency_code: entry.currency_code,
    occurred_at: new Date(entry.occurred_at).toISOString(),
    available_at: entry.available_at ? new Date(entry.available_at).toISOString() : null,
    order_id: entry.order_id ?? null,
    order_display_id: entry.order_id ? (displayIds.get(entry.order_id) ?? null) : null,
    rate: entry.rate === null || entry.rate === undefined ? null : Number(entry.rate),
    method: (entry.method ?? null) as PayoutMethod | null,
    reference: entry.reference ?? null,
    note: entry.note ?? null,
  }
}

const sumOf = (entries: EntryRecord[], type?: string) =>
  sumAmounts(entries.filter((entry) => !type || entry.type === type).map((entry) => Number(entry.amount)))

export type PayoutPosition = {
  /** The sum of every line: what Tadamon owes the cooperative (negative: what it owes Tadamon). */
  balance_due: number
  /** What may be paid out now. */
  payable: number
  /** What becomes payable once the sales in their holding period are past it. */
  held: number
  held_until: string | null
}

/**
 * What can be paid out at `now`: the balance counting only the lines whose holding period is over,
 * never more than the whole balance (money owed to Tadamon, even on a sale still held, counts at
 * once), never less than 0. What the balance holds beyond that is held, until the latest holding
 * period of the lines still in theirs ends.
 */
export function payoutPosition(entries: Array<Pick<EntryRecord, "amount" | "available_at">>, now: Date): PayoutPosition {
  const balance = sumAmounts(entries.map((entry) => Number(entry.amount)))
  const isHeld = (entry: Pick<EntryRecord, "available_at">) => !!entry.available_at && new Date(entry.available_at).getTime() > now.getTime()
  const available = sumAmounts(entries.filter((entry) => !isHeld(entry)).map((entry) => Number(entry.amount)))
  const payable = Math.max(0, Math.min(balance, available))
  const held = Math.max(0, sumAmounts([balance, -payable]))
  const until = entries.filter(isHeld).map((entry) => new Date(entry.available_at as Date | string).getTime())
  return {
    balance_due: balance,
    payable,
    held,
    held_until: held > 0 && until.length ? new Date(Math.max(...until)).toISOString() : null,
  }
}

/** What Tadamon owes the cooperative now, and what of it may be paid out now. */
export async function payoutPositionOf(scope: Scope, cooperativeId: string, now = new Date()): Promise<PayoutPosition> {
  return payoutPosition(await ledgerOf(scope, cooperativeId), now)
}

/** A cooperative's statement over a period (404 for an unknown cooperative). */
export async function loadStatement(scope: Scope, cooperativeId: string, period: { from?: string; to?: string }): Promise<EarningsStatement> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({ entity: "cooperative", fields: ["id", "name", "handle"], filters: { id: cooperativeId } })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${cooperativeId} was not found`)
  }
  const { from, to } = parsePeriod(period.from, period.to)
  const all = await ledgerOf(scope, cooperativeId)
  const time = (entry: EntryRecord) => new Date(entry.occurred_at).getTime()
  const before = all.filter((entry) => from && time(entry) < from.getTime())
  const inPeriod = all.filter((entry) => (!from || time(entry) >= from.getTime()) && (!to || time(entry) <= to.getTime()))

  const orderIds = [...new Set(inPeriod.flatMap((entry) => (entry.order_id ? [entry.order_id] : [])))]
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] as Array<{ id: string; display_id: number }> }
  const displayIds = new Map(orders.map((order) => [order.id, Number(order.display_id)]))

  const sales = sumOf(inPeriod, "sale")
  const commission = sumOf(inPeriod, "commission")
  const refunds = sumOf(inPeriod, "refund")
  const opening = sumOf(before)
  const settlement: SettlementModuleService = scope.resolve(SETTLEMENT_MODULE)
  const position = payoutPosition(all, new Date())
  return {
    cooperative: { id: cooperative.id, name: cooperative.name, handle: cooperative.handle },
    currency_code: all[0]?.currency_code ?? CURRENCY_CODE,
    from: from?.toISOString() ?? null,
    to: to?.toISOString() ?? null,
    commission_rate: await commissionRateFor(settlement, cooperativeId),
    sales,
    commission,
    refunds,
    payouts: sumOf(inPeriod, "payout"),
    cash_held: sumOf(inPeriod, "cash_held"),
    net_earnings: sumAmounts([sales, commission, refunds]),
    opening_balance: opening,
    closing_balance: sumAmounts([opening, sumOf(inPeriod)]),
    ...position,
    hold_days: settlement.getPayoutHoldDays(),
    entries: inPeriod.map((entry) => toLedgerEntry(entry, displayIds)),
  }
}

/** The Moroccan day that begins the period holding `at`: the day, the week from Monday, the month. */
export function periodKey(at: Date, interval: EarningsInterval): string {
  const day = moroccanDay(at)
  if (interval === "week") {
    const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay()
    return shiftDay(day, -((weekday + 6) % 7))
  }
  return interval === "month" ? `${day.slice(0, 7)}-01` : day
}

/** The first day of the period after the one beginning on `key`. */
function nextKey(key: string, interval: EarningsInterval): string {
  if (interval === "month") {
    const [year, month] = key.split("-").map(Number)
    return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10)
  }
  return shiftDay(key, interval === "week" ? 7 : 1)
}

/** At most this many points per chart (about three years by day). */
export const MAX_SERIES_POINTS = 1100

/** Sales (and the commission on them) per period, every period of the range included. */
export async function loadEarningsSeries(
  scope: Scope,
  cooperativeId: string,
  params: { from?: string; to?: string; interval?: EarningsInterval }
): Promise<VendorEarningsSeriesResponse> {
  const interval = params.interval ?? "day"
  const parsed = parsePeriod(params.from, params.to)
  const to = parsed.to ?? new Date()
  const from = parsed.from ?? moroccanDayStart(shiftDay(moroccanDay(to), -29))
  const starts: string[] = []
  for (let start = periodKey(from, interval); start <= moroccanDay(to); start = nextKey(start, interval)) {
    starts.push(start)
    if (starts.length > MAX_SERIES_POINTS) {
      throw invalidField(
        "from",
        "period_too_long",
        `the range from 'from' to 'to' holds more than ${MAX_SERIES_POINTS} periods of a ${interval}: choose a longer interval`
      )
    }
  }
  const points = starts.map((start) => ({ period_start: start, sales: 0, commission: 0, orders: 0 }))
  const index = new Map(points.map((point, position) => [point.period_start, position]))
  const entries = (await ledgerOf(scope, cooperativeId)).filter((entry) => {
    const at = new Date(entry.occurred_at).getTime()
    return (entry.type === "sale" || entry.type === "commission") && at >= from.getTime() && at <= to.getTime()
  })
  for (const entry of entries) {
    const position = index.get(periodKey(new Date(entry.occurred_at), interval))
    if (position === undefined) {
      continue
    }
    const point = points[position]
    if (entry.type === "sale") {
      point.sales = sumAmounts([point.sales, Number(entry.amount)])
      point.orders += 1
    } else {
      point.commission = sumAmounts([point.commission, Number(entry.amount)])
    }
  }
  return {
    interval,
    currency_code: entries[0]?.currency_code ?? CURRENCY_CODE,
    from: from.toISOString(),
    to: to.toISOString(),
    points,
  }
}

/** A CSV cell: quoted when needed; text that a spreadsheet would run as a formula is neutralized. */
function cell(value: string | number | null): string {
  if (value === null) {
    return ""
  }
  let text = typeof value === "number" ? value.toFixed(2) : value
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The statement's entries as CSV for Excel: UTF-8 with a byte-order mark (so Arabic shows
 * right), a header row, CRLF line ends, amounts with 2 decimals and a dot.
 */
export function statementCsv(statement: EarningsStatement): string {
  const rows = statement.entries.map((entry) =>
    [
      cell(moroccanDay(new Date(entry.occurred_at))),
      cell(entry.type),
      entry.order_display_id === null ? "" : String(entry.order_display_id),
      cell(entry.amount),
      cell(entry.currency_code.toUpperCase()),
      entry.rate === null ? "" : String(entry.rate),
      cell(entry.method),
      cell(entry.reference),
      cell(entry.note),
    ].join(",")
  )
  return `\uFEFF${[EARNINGS_CSV_HEADER.join(","), ...rows].join("\r\n")}\r\n`
}
