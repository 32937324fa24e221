import { StatusBadge, Table, Text } from "@medusajs/ui"
import { formatPrice, type Locale, type RemittanceImport } from "@tadamon/shared"
import { useTranslation } from "react-i18next"
import { FigureGrid } from "../../../lib/figures"

/** One import's report: its counts, then each line with what became of it. */
export const ReportTable = ({ remittance, locale }: { remittance: RemittanceImport; locale: Locale }) => {
  const { t } = useTranslation("settlement")
  const money = (amount: number | null) => (amount === null ? "–" : formatPrice(amount, locale, remittance.currency_code))
  return (
    <div data-testid="remittance-report" data-remittance-id={remittance.id}>
      <FigureGrid
        figures={(
          [
            ["lines", remittance.line_count],
            ["captured", remittance.captured_count],
            ["flagged", remittance.flagged_count],
            ["capturedAmount", money(remittance.captured_amount)],
          ] as const
        ).map(([key, value]) => ({ key, label: t(`report.${key}`), value, testId: `remittance-${key}` }))}
      />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("report.line")}</Table.HeaderCell>
            <Table.HeaderCell>{t("report.tracking")}</Table.HeaderCell>
            <Table.HeaderCell className="text-end">{t("report.amount")}</Table.HeaderCell>
            <Table.HeaderCell className="text-end">{t("report.expected")}</Table.HeaderCell>
            <Table.HeaderCell>{t("report.order")}</Table.HeaderCell>
            <Table.HeaderCell>{t("report.cooperative")}</Table.HeaderCell>
            <Table.HeaderCell>{t("report.outcome")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {remittance.lines.map((line) => (
            <Table.Row key={line.line} data-testid="remittance-line" data-tracking={line.tracking_number ?? ""} data-outcome={line.outcome}>
              <Table.Cell>{line.line}</Table.Cell>
              <Table.Cell>
                <span dir="ltr">{line.tracking_number ?? "–"}</span>
              </Table.Cell>
              <Table.Cell className="text-end">{money(line.amount)}</Table.Cell>
              <Table.Cell className="text-end">{money(line.expected_amount)}</Table.Cell>
              <Table.Cell>{line.order_display_id === null ? "–" : `#${line.order_display_id}`}</Table.Cell>
              <Table.Cell>{line.cooperative?.name ?? "–"}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={line.outcome === "captured" ? "green" : line.outcome === "failed" ? "red" : "orange"}>
                  {t(`outcome.${line.outcome}`)}
                </StatusBadge>
                {line.error ? (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t(`rowError.${line.error}`)}
                  </Text>
                ) : null}
                {line.delivery_recorded ? (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("report.deliveryRecorded")}
                  </Text>
                ) : null}
                {line.message ? (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {line.message}
                  </Text>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
