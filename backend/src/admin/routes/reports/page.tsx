import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Input, Label, Table, Tabs, Text } from "@medusajs/ui"
import { formatPrice, moroccanDay } from "@tadamon/shared"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { SALES_GROUPINGS, type SalesFigures, type SalesGrouping, type SalesReportRow } from "../../../api/admin/reports/types"
import { adminLocale, salesCsvUrl, useSalesReport, type SalesParams } from "./components/api"
import { SalesChart } from "./components/sales-chart"

const DAY_MS = 24 * 60 * 60 * 1000
const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) - days * DAY_MS).toISOString().slice(0, 10)

/**
 * Sales over a range of Moroccan days, by cooperative, category, edition (during the fair and
 * after it closed) or channel: orders, units, revenue, cash collected; a chart of revenue per day
 * and the CSV of the table.
 */
const ReportsPage = () => {
  const { t, i18n } = useTranslation("reports")
  const locale = adminLocale(i18n.language)
  const today = moroccanDay()
  const [params, setParams] = useState<SalesParams>({ from: daysBefore(today, 29), to: today, group_by: "cooperative" })
  const { data, isLoading, isError } = useSalesReport(params)
  const money = (amount: number) => formatPrice(amount, locale, data?.currency_code)
  const byEdition = params.group_by === "edition"

  const rowLabel = (row: SalesReportRow) => {
    if (params.group_by === "channel") {
      return t(`channel.${row.key ?? "other"}`)
    }
    return row.label ?? t(`none.${params.group_by}`)
  }
  const phase = (figures: SalesFigures | undefined) =>
    figures ? t("sales.phaseValue", { orders: figures.orders, revenue: money(figures.revenue) }) : "–"

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("sales.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("sales.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <Label htmlFor="report-from" size="small">
              {t("sales.from")}
            </Label>
            <Input
              id="report-from"
              type="date"
              size="small"
              value={params.from}
              max={params.to}
              onChange={(event) => event.target.value && setParams({ ...params, from: event.target.value })}
            />
          </div>
          <div>
            <Label htmlFor="report-to" size="small">
              {t("sales.to")}
            </Label>
            <Input
              id="report-to"
              type="date"
              size="small"
              value={params.to}
              min={params.from}
              onChange={(event) => event.target.value && setParams({ ...params, to: event.target.value })}
            />
          </div>
          <a
            href={salesCsvUrl(params)}
            download
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover py-1.5"
            data-testid="sales-csv"
          >
            {t("sales.csv")}
          </a>
        </div>
      </div>
      <div className="px-6 py-3">
        <Tabs value={params.group_by} onValueChange={(value) => setParams({ ...params, group_by: value as SalesGrouping })}>
          <Tabs.List aria-label={t("sales.groupBy")}>
            {SALES_GROUPINGS.map((grouping) => (
              <Tabs.Trigger key={grouping} value={grouping} data-testid={`sales-group-${grouping}`}>
                {t(`groupBy.${grouping}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>
      ) : isLoading || !data ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("loading")}</Text>
      ) : (
        <>
          <SalesChart points={data.series} format={money} label={t("sales.chart")} empty={t("sales.noSales")} />
          <Table data-testid="sales-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t(`groupBy.${params.group_by}`)}</Table.HeaderCell>
                <Table.HeaderCell className="text-end">{t("figures.orders")}</Table.HeaderCell>
                <Table.HeaderCell className="text-end">{t("figures.units")}</Table.HeaderCell>
                <Table.HeaderCell className="text-end">{t("figures.revenue")}</Table.HeaderCell>
                <Table.HeaderCell className="text-end">{t("figures.cashCollected")}</Table.HeaderCell>
                <Table.HeaderCell className="text-end">{t("figures.cancelled")}</Table.HeaderCell>
                {byEdition && <Table.HeaderCell className="text-end">{t("figures.before")}</Table.HeaderCell>}
                {byEdition && <Table.HeaderCell className="text-end">{t("figures.during")}</Table.HeaderCell>}
                {byEdition && <Table.HeaderCell className="text-end">{t("figures.after")}</Table.HeaderCell>}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.rows.map((row) => (
                <Table.Row key={row.key ?? "none"} data-testid="sales-row">
                  <Table.Cell>
                    {rowLabel(row)}
                    {row.edition && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {row.edition.starts_on} → {row.edition.ends_on}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-end">{row.orders}</Table.Cell>
                  <Table.Cell className="text-end">{row.units}</Table.Cell>
                  <Table.Cell className="text-end">{money(row.revenue)}</Table.Cell>
                  <Table.Cell className="text-end">{money(row.cash_collected)}</Table.Cell>
                  <Table.Cell className="text-end">{row.cancelled_orders}</Table.Cell>
                  {byEdition && <Table.Cell className="text-end">{row.edition ? phase(row.before) : "–"}</Table.Cell>}
                  {byEdition && <Table.Cell className="text-end">{row.edition ? phase(row.during) : "–"}</Table.Cell>}
                  {byEdition && <Table.Cell className="text-end">{row.edition ? phase(row.after) : "–"}</Table.Cell>}
                </Table.Row>
              ))}
              <Table.Row className="font-medium" data-testid="sales-totals">
                <Table.Cell>{t("sales.total")}</Table.Cell>
                <Table.Cell className="text-end">{data.totals.orders}</Table.Cell>
                <Table.Cell className="text-end">{data.totals.units}</Table.Cell>
                <Table.Cell className="text-end">{money(data.totals.revenue)}</Table.Cell>
                <Table.Cell className="text-end">{money(data.totals.cash_collected)}</Table.Cell>
                <Table.Cell className="text-end">{data.totals.cancelled_orders}</Table.Cell>
                {byEdition && <Table.Cell />}
                {byEdition && <Table.Cell />}
                {byEdition && <Table.Cell />}
              </Table.Row>
            </Table.Body>
          </Table>
          <Text size="xsmall" className="text-ui-fg-subtle px-6 py-3">
            {t("sales.note")}
          </Text>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.reports",
  translationNs: "reports",
  icon: ChartBar,
})

export default ReportsPage
