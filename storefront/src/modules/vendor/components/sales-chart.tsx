import type { VendorEarningsSeriesResponse } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import { getFormatter, getTranslations } from "next-intl/server"

const WIDTH = 320
const HEIGHT = 168
const TOP = 14
const BOTTOM = 22
const GAP = 0.2

/** A round number at or above `value` for the top of the scale (1, 2, 5 × 10ⁿ). */
function niceCeiling(value: number): number {
  if (value <= 0) {
    return 1
  }
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10
  return step * magnitude
}

/**
 * Sales over time as bars, drawn on the server (no chart library, no script). Time runs in the
 * reading direction: right to left in Arabic. The figures are also in a table for screen readers
 * and anyone who wants the numbers.
 */
export async function SalesChart({ locale, series }: { locale: Locale; series: VendorEarningsSeriesResponse }) {
  const t = await getTranslations({ locale, namespace: "vendorEarnings" })
  const format = await getFormatter({ locale })
  const points = series.points
  const period = (value: string) =>
    format.dateTime(new Date(value), series.interval === "month" ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" })
  const money = (amount: number) => formatPrice(amount, locale, series.currency_code)
  const total = points.reduce((sum, point) => sum + point.sales, 0)
  const best = points.reduce<(typeof points)[number] | null>((top, point) => (point.sales > (top?.sales ?? 0) ? point : top), null)
  const max = niceCeiling(Math.max(0, ...points.map((point) => point.sales)))
  const plotHeight = HEIGHT - TOP - BOTTOM
  const slot = points.length ? WIDTH / points.length : WIDTH
  const rtl = locale === "ar"
  const x = (index: number) => (rtl ? WIDTH - (index + 1) * slot : index * slot) + (slot * GAP) / 2

  const summary = best
    ? t("chartSummary", { total: money(total), best: period(best.period_start), bestAmount: money(best.sales) })
    : t("chartEmpty")

  return (
    <figure className="sales-chart" data-testid="sales-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="sales-chart-title sales-chart-desc" className="sales-chart__svg">
        <title id="sales-chart-title">{t("chartTitle", { interval: t(`interval.${series.interval}`) })}</title>
        <desc id="sales-chart-desc">{summary}</desc>
        <line x1="0" x2={WIDTH} y1={TOP + plotHeight} y2={TOP + plotHeight} className="sales-chart__axis" />
        <line x1="0" x2={WIDTH} y1={TOP} y2={TOP} className="sales-chart__grid" />
        <text x={rtl ? WIDTH : 0} y={TOP - 4} textAnchor="start" className="sales-chart__label" direction={rtl ? "rtl" : "ltr"}>
          {money(max)}
        </text>
        {points.map((point, index) => {
          const height = (point.sales / max) * plotHeight
          return (
            <rect
              key={point.period_start}
              x={x(index)}
              y={TOP + plotHeight - height}
              width={slot * (1 - GAP)}
              height={Math.max(height, point.sales > 0 ? 1 : 0)}
              className="sales-chart__bar"
              data-testid="sales-chart-bar"
            >
              <title>{`${period(point.period_start)}: ${money(point.sales)}`}</title>
            </rect>
          )
        })}
        {points.length > 0 ? (
          <>
            <text x={rtl ? WIDTH : 0} y={HEIGHT - 6} textAnchor="start" className="sales-chart__label" direction={rtl ? "rtl" : "ltr"}>
              {period(points[0].period_start)}
            </text>
            <text x={rtl ? 0 : WIDTH} y={HEIGHT - 6} textAnchor="end" className="sales-chart__label" direction={rtl ? "rtl" : "ltr"}>
              {period(points[points.length - 1].period_start)}
            </text>
          </>
        ) : null}
      </svg>
      <figcaption className="card__meta">{summary}</figcaption>
      <details className="vendor-more">
        <summary>{t("chartTable")}</summary>
        <table className="vendor-table">
          <thead>
            <tr>
              <th scope="col">{t("period")}</th>
              <th scope="col">{t("sales")}</th>
              <th scope="col">{t("orders")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.period_start}>
                <th scope="row">{period(point.period_start)}</th>
                <td>{money(point.sales)}</td>
                <td>{point.orders}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
