import { EARNINGS_INTERVALS, type EarningsInterval, type EarningsStatement, type VendorEarningsSeriesResponse } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getFormatter, getTranslations } from "next-intl/server"
import { localePath, queryString } from "@/lib/paths"
import { SalesChart } from "../components/sales-chart"

type Props = {
  locale: Locale
  statement: EarningsStatement
  series: VendorEarningsSeriesResponse
  period: { from?: string; to?: string; interval?: EarningsInterval }
}

/** `/coop/earnings`: what was sold and earned over a period, sales over time, the ledger, the CSV. */
export async function EarningsTemplate({ locale, statement, series, period }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorEarnings" })
  const format = await getFormatter({ locale })
  const money = (amount: number) => formatPrice(amount, locale, statement.currency_code)
  const day = (value: string) => format.dateTime(new Date(value), { dateStyle: "medium", timeZone: "UTC" })
  const base = localePath(locale, "/coop/earnings")
  const exportHref = `${localePath(locale, "/coop/earnings/export")}${queryString({ from: period.from, to: period.to })}`
  const figures = [
    { id: "sales", label: t("sales"), amount: statement.sales },
    { id: "commission", label: t("commission", { rate: format.number(statement.commission_rate, { maximumFractionDigits: 2 }) }), amount: statement.commission },
    { id: "refunds", label: t("refunds"), amount: statement.refunds },
    { id: "net", label: t("net"), amount: statement.net_earnings },
    ...(statement.cash_held !== 0 ? [{ id: "cash-held", label: t("cashHeld"), amount: statement.cash_held }] : []),
    { id: "payouts", label: t("payouts"), amount: statement.payouts },
  ]
  // Negative: the cooperative owes Tadamon (the commission on cash it kept), shown as such.
  const owesTadamon = statement.balance_due < 0
  // An async server component renders once per request, never again on the client.
  // eslint-disable-next-line react-hooks/purity -- the time this page is rendered at is what it shows
  const now = Date.now()
  const heldUntil = (entry: { available_at: string | null }) => (entry.available_at && Date.parse(entry.available_at) > now ? entry.available_at : null)

  return (
    <section className="vendor-page" aria-labelledby="earnings-title">
      <div className="vendor-page__header">
        <h1 id="earnings-title">{t("title")}</h1>
        <a className="button button--ghost" href={exportHref} download data-testid="earnings-export">
          {t("export")}
        </a>
      </div>

      <p
        className={owesTadamon ? "vendor-balance vendor-balance--owed" : "vendor-balance"}
        data-testid="earnings-balance-due"
        data-amount={statement.balance_due}
        data-owed={owesTadamon}
      >
        <span>{owesTadamon ? t("balanceOwed") : t("balanceDue")}</span> <strong>{money(Math.abs(statement.balance_due))}</strong>
      </p>
      {owesTadamon ? <p className="card__meta">{t("owedHint")}</p> : null}
      <dl className="vendor-figures" data-testid="earnings-payout">
        <div className="vendor-figures__item" data-testid="earnings-payable" data-amount={statement.payable}>
          <dt>{t("payable")}</dt>
          <dd>{money(statement.payable)}</dd>
        </div>
        {statement.held > 0 && statement.held_until ? (
          <div className="vendor-figures__item" data-testid="earnings-held" data-amount={statement.held}>
            <dt>{t("held", { date: day(statement.held_until) })}</dt>
            <dd>{money(statement.held)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="card__meta">
        {t("balanceHint")} {t("heldHint", { days: statement.hold_days })}
      </p>

      <form method="get" action={base} className="vendor-period" aria-label={t("periodLabel")}>
        <div className="field">
          <label htmlFor="earnings-from">{t("from")}</label>
          <input id="earnings-from" name="from" type="date" defaultValue={period.from} dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="earnings-to">{t("to")}</label>
          <input id="earnings-to" name="to" type="date" defaultValue={period.to} dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="earnings-interval">{t("intervalLabel")}</label>
          <select id="earnings-interval" name="interval" defaultValue={period.interval ?? series.interval}>
            {EARNINGS_INTERVALS.map((interval) => (
              <option key={interval} value={interval}>
                {t(`interval.${interval}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--small">
          {t("show")}
        </button>
        {period.from || period.to || period.interval ? (
          <Link href={base} prefetch={false} className="button-link">
            {t("reset")}
          </Link>
        ) : null}
      </form>

      <p className="card__meta" data-testid="earnings-period">
        {statement.from || statement.to
          ? t("periodShown", { from: statement.from ? day(statement.from) : "…", to: statement.to ? day(statement.to) : "…" })
          : t("allTime")}
      </p>
      <dl className="vendor-figures" data-testid="earnings-figures">
        {figures.map((figure) => (
          <div key={figure.id} className="vendor-figures__item" data-testid={`earnings-${figure.id}`}>
            <dt>{figure.label}</dt>
            <dd>{money(figure.amount)}</dd>
          </div>
        ))}
      </dl>

      <section className="vendor-panel" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t("chartHeading")}</h2>
        <SalesChart locale={locale} series={series} />
      </section>

      <section className="vendor-panel" aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t("entriesHeading")}</h2>
        {statement.entries.length === 0 ? (
          <p className="empty" data-testid="earnings-empty">
            {t("noEntries")}
          </p>
        ) : (
          <ol className="ledger" data-testid="earnings-entries">
            {[...statement.entries].reverse().map((entry) => (
              <li key={entry.id} className="ledger__entry" data-type={entry.type} data-amount={entry.amount}>
                <div>
                  <strong>{t(`entry.${entry.type}`)}</strong>
                  {entry.order_display_id !== null ? <span className="card__meta"> · {t("orderNumber", { number: entry.order_display_id })}</span> : null}
                  {entry.reference ? (
                    <span className="card__meta">
                      {" · "}
                      <span dir="ltr">{entry.reference}</span>
                    </span>
                  ) : null}
                  <p className="card__meta">
                    {day(entry.occurred_at)}
                    {heldUntil(entry) ? <span data-testid="earnings-entry-held"> · {t("entryHeld", { date: day(heldUntil(entry) as string) })}</span> : null}
                  </p>
                </div>
                <span className={entry.amount < 0 ? "ledger__amount ledger__amount--out" : "ledger__amount"}>
                  {money(entry.amount)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  )
}
