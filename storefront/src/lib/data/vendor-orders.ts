import "server-only"
import type {
  EarningsInterval,
  VendorEarningsResponse,
  VendorEarningsSeriesResponse,
  VendorOrder,
  VendorOrderFilter,
  VendorOrderListResponse,
  VendorOrderResponse,
} from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { nullWhenMissing, vendorGet } from "./vendor-fetch"

/** The cooperative's orders, newest first, with how many wait in each filter (the tabs' badges). */
export async function listVendorOrders(
  locale: Locale,
  { status, q, limit, offset }: { status?: VendorOrderFilter; q?: string; limit: number; offset: number }
): Promise<VendorOrderListResponse> {
  return vendorGet<VendorOrderListResponse>("/vendor/orders", { locale, query: { status, q: q || undefined, limit, offset } })
}

/** One of the cooperative's orders; null when unknown or another cooperative's. */
export async function getVendorOrder(id: string, locale: Locale): Promise<VendorOrder | null> {
  const response = await nullWhenMissing(vendorGet<VendorOrderResponse>(`/vendor/orders/${encodeURIComponent(id)}`, { locale }))
  return response?.order ?? null
}

export type EarningsPeriod = { from?: string; to?: string }

/** The earnings statement over a period (all time without dates). */
export async function getVendorEarnings(locale: Locale, { from, to }: EarningsPeriod): Promise<VendorEarningsResponse["statement"]> {
  const response = await vendorGet<VendorEarningsResponse>("/vendor/earnings", { locale, query: { from, to } })
  return response.statement
}

/** Sales per day, week or month (the backend's default: the last 30 days by day). */
export async function getVendorEarningsSeries(
  locale: Locale,
  { from, to, interval }: EarningsPeriod & { interval?: EarningsInterval }
): Promise<VendorEarningsSeriesResponse> {
  return vendorGet<VendorEarningsSeriesResponse>("/vendor/earnings/series", { locale, query: { from, to, interval } })
}
