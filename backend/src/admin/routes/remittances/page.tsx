import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { adminLocale, errorMessage } from "../reports/components/api"
import { useImportRemittance, useRemittance, useRemittances } from "./components/api"
import { ClaimsSection } from "./components/claims-section"
import { ReportTable } from "./components/report-table"

/**
 * Cash on delivery, confirmed by whoever holds it: organizers import Amana's remittance statements
 * (the matching orders' cash is confirmed, the other lines flagged, with a report), read past
 * imports, and confirm the cash cooperatives declared that the solidarity store received.
 */
const RemittancesPage = () => {
  const { t, i18n } = useTranslation("settlement")
  const locale = adminLocale(i18n.language)
  const [file, setFile] = useState<File | null>(null)
  const [pasted, setPasted] = useState("")
  const [shownId, setShownId] = useState<string | null>(null)
  const importStatement = useImportRemittance(locale)
  const history = useRemittances()
  const shown = useRemittance(shownId)
  const day = (value: string) => new Date(value).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" })

  const submit = async () => {
    const csv = file ? await file.text() : pasted
    if (!csv.trim()) {
      toast.error(t("import.empty"))
      return
    }
    importStatement.mutate(
      { csv, filename: file?.name ?? null },
      {
        onSuccess: ({ remittance }) => {
          setShownId(remittance.id)
          setFile(null)
          setPasted("")
          toast.success(t("import.done", { captured: remittance.captured_count, flagged: remittance.flagged_count }))
        },
        onError: (error) => toast.error(errorMessage(error) ?? t("errors.import")),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("import.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("import.subtitle")}
          </Text>
        </div>
        <form
          className="flex flex-col gap-3 px-6 py-4"
          data-testid="remittance-import"
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <div>
            <Label htmlFor="remittance-file" size="small">
              {t("import.file")}
            </Label>
            <Input
              id="remittance-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              size="small"
              data-testid="remittance-file"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div>
            <Label htmlFor="remittance-paste" size="small">
              {t("import.paste")}
            </Label>
            <Textarea
              id="remittance-paste"
              dir="ltr"
              rows={4}
              placeholder={t("import.pastePlaceholder")}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
          </div>
          <div>
            <Button size="small" type="submit" isLoading={importStatement.isPending} data-testid="remittance-submit">
              {t("import.submit")}
            </Button>
          </div>
        </form>
        {shownId && shown.data ? (
          <div>
            <Heading level="h2" className="px-6 pt-4">
              {t("report.title", { date: day(shown.data.remittance.imported_at) })}
            </Heading>
            <ReportTable remittance={shown.data.remittance} locale={locale} />
          </div>
        ) : null}
      </Container>

      <ClaimsSection locale={locale} />

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("history.title")}</Heading>
        </div>
        {history.isError ? (
          <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>
        ) : !history.data ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">{t("loading")}</Text>
        ) : !history.data.remittances.length ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
            {t("history.empty")}
          </Text>
        ) : (
          <Table data-testid="remittance-history">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("history.importedAt")}</Table.HeaderCell>
                <Table.HeaderCell>{t("history.file")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.lines")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.captured")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.flagged")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {history.data.remittances.map((remittance) => (
                <Table.Row key={remittance.id}>
                  <Table.Cell>{day(remittance.imported_at)}</Table.Cell>
                  <Table.Cell>{remittance.filename ?? "–"}</Table.Cell>
                  <Table.Cell>{remittance.line_count}</Table.Cell>
                  <Table.Cell>{remittance.captured_count}</Table.Cell>
                  <Table.Cell>{remittance.flagged_count}</Table.Cell>
                  <Table.Cell className="text-end">
                    <Button size="small" variant="transparent" onClick={() => setShownId(remittance.id)}>
                      {t("history.show")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.remittances",
  translationNs: "settlement",
  icon: ReceiptPercent,
})

export default RemittancesPage
