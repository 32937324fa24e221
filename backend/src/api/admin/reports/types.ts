import type { AttributionChannel } from "@tadamon/shared"

/**
 * The organizers' sales report (`GET /admin/reports/sales`), shared by the route and the Admin
 * extension (type-only imports there).
 */
export const SALES_GROUPINGS = ["cooperative", "category", "edition", "channel"] as const
export type SalesGrouping = (typeof SALES_GROUPINGS)[number]

/**
 * - `orders`: Medusa orders (one per cooperative of a checkout) not cancelled;
 * - `units`: quantities of their lines;
 * - `revenue`: their lines' totals as the customer pays them (discounts off, tax in), shipping out;
 * - `cash_collected`: the part of `revenue` whose cash the courier collected (cash-on-delivery
 *   orders recorded as cash collected);
 * - `cancelled_orders`: orders of the period cancelled since (counted apart, in no other figure).
 * Amounts are MAD in major units.
 */
export type SalesFigures = {
  orders: number
  units: number
  revenue: number
  cash_collected: number
  cancelled_orders: number
}

export type SalesReportRow = SalesFigures & {
  /** The cooperative's, category's or edition's id, or the channel; null for "none". */
  key: string | null
  /** The cooperative's, category's or edition's name, or the channel; null for "none". */
  label: string | null
  /** Grouped by edition: the edition's Moroccan days and the split of its figures. */
  edition?: { handle: string; starts_on: string; ends_on: string } | null
  /** Orders placed on a Moroccan day before the edition opened, during it, after it closed. */
  before?: SalesFigures
  during?: SalesFigures
  after?: SalesFigures
}

export type SalesSeriesPoint = { day: string; orders: number; units: number; revenue: number }

export type AdminSalesReportResponse = {
  group_by: SalesGrouping
  /** Moroccan days (`YYYY-MM-DD`), both included. */
  from: string
  to: string
  time_zone: string
  currency_code: string
  rows: SalesReportRow[]
  totals: SalesFigures
  /** One point per Moroccan day of the range. */
  series: SalesSeriesPoint[]
}

export const CHANNEL_ORDER: readonly AttributionChannel[] = ["stand_qr", "edition_page", "other"]
