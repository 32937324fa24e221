import { Button, Container, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { formatPrice, moroccanDay, PAYOUT_METHODS, type PayoutMethod } from "@tadamon/shared"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FigureGrid } from "../../../lib/figures"
import { adminLocale, errorMessage, useCreatePayout, useSettlementCooperatives, useStatement } from "../../reports/components/api"

const EMPTY = { amount: "", paid_at: "", method: "bank_transfer" as PayoutMethod, reference: "", note: "" }

/** A cooperative's statement (balance due, ledger lines) and recording a payout to it. */
export const PayoutSection = () => {
  const { t, i18n } = useTranslation("reports")
  const locale = adminLocale(i18n.language)
  const { data: cooperatives } = useSettlementCooperatives()
  const [cooperativeId, setCooperativeId] = useState<string | null>(null)
  const { data, isError, isLoading } = useStatement(cooperativeId)
  const create = useCreatePayout()
  const [form, setForm] = useState({ ...EMPTY, paid_at: moroccanDay() })
  const statement = data?.statement
  const money = (amount: number) => formatPrice(amount, locale, statement?.currency_code)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("payouts.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("payouts.subtitle")}
          </Text>
        </div>
        <div className="w-64">
          <Select value={cooperativeId ?? ""} onValueChange={setCooperativeId}>
            <Select.Trigger aria-label={t("payouts.cooperative")} data-testid="payout-cooperative">
              <Select.Value placeholder={t("commission.chooseCooperative")} />
            </Select.Trigger>
            <Select.Content>
              {(cooperatives?.cooperatives ?? []).map((cooperative) => (
                <Select.Item key={cooperative.id} value={cooperative.id}>
                  {cooperative.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {!cooperativeId ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("payouts.choose")}
        </Text>
      ) : isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>
      ) : isLoading || !statement ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("loading")}</Text>
      ) : (
        <>
          <FigureGrid
            figures={[
              // Negative: the cooperative owes Tadamon (the commission on cash it kept), shown as such.
              {
                key: "balanceDue",
                label: statement.balance_due < 0 ? t("payouts.owed") : t("payouts.balanceDue"),
                value: money(Math.abs(statement.balance_due)),
                negative: statement.balance_due < 0,
              },
              { key: "payable", label: t("payouts.payable"), value: money(statement.payable) },
              ...(statement.held > 0 && statement.held_until
                ? [{ key: "held", label: t("payouts.held", { date: statement.held_until.slice(0, 10) }), value: money(statement.held) }]
                : []),
              { key: "sales", label: t("payouts.sales"), value: money(statement.sales) },
              { key: "commission", label: t("payouts.commission"), value: money(statement.commission) },
              ...(statement.cash_held !== 0 ? [{ key: "cashHeld", label: t("payouts.cashHeld"), value: money(statement.cash_held) }] : []),
              { key: "paidOut", label: t("payouts.paidOut"), value: money(statement.payouts) },
            ].map((figure) => ({ ...figure, testId: `statement-${figure.key}` }))}
          />
          <Text size="small" className="text-ui-fg-subtle px-6 py-3">
            {t("payouts.holdNote", { days: statement.hold_days })}
          </Text>
          <form
            className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3"
            onSubmit={(event) => {
              event.preventDefault()
              const amount = Number(form.amount.replace(",", "."))
              // The server refuses it too (409); said here in the organizer's language.
              if (amount > statement.payable) {
                toast.error(t("payouts.overPayable", { payable: money(statement.payable) }))
                return
              }
              create.mutate(
                {
                  cooperative_id: cooperativeId,
                  amount,
                  paid_at: form.paid_at,
                  method: form.method,
                  reference: form.reference,
                  note: form.note.trim() || null,
                },
                {
                  onSuccess: () => {
                    toast.success(t("payouts.recorded"))
                    setForm({ ...EMPTY, paid_at: moroccanDay() })
                  },
                  onError: (error) => toast.error(errorMessage(error) ?? t("errors.save")),
                }
              )
            }}
          >
            <Heading level="h3" className="md:col-span-3">
              {t("payouts.record")}
            </Heading>
            <div>
              <Label htmlFor="payout-amount" size="small">
                {t("payouts.amount")}
              </Label>
              <Input id="payout-amount" inputMode="decimal" size="small" value={form.amount} onChange={(event) => setForm({ ...form, amount: event.target.value })} />
            </div>
            <div>
              <Label htmlFor="payout-date" size="small">
                {t("payouts.date")}
              </Label>
              <Input id="payout-date" type="date" size="small" value={form.paid_at} onChange={(event) => setForm({ ...form, paid_at: event.target.value })} />
            </div>
            <div>
              <Label size="small">{t("payouts.method")}</Label>
              <Select value={form.method} onValueChange={(value) => setForm({ ...form, method: value as PayoutMethod })}>
                <Select.Trigger aria-label={t("payouts.method")}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {PAYOUT_METHODS.map((method) => (
                    <Select.Item key={method} value={method}>
                      {t(`method.${method}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div>
              <Label htmlFor="payout-reference" size="small">
                {t("payouts.reference")}
              </Label>
              <Input id="payout-reference" size="small" value={form.reference} onChange={(event) => setForm({ ...form, reference: event.target.value })} />
            </div>
            <div className="md:col-span-2">
              <Label htmlFor="payout-note" size="small">
                {t("payouts.note")}
              </Label>
              <Textarea id="payout-note" value={form.note} onChange={(event) => setForm({ ...form, note: event.target.value })} />
            </div>
            <div className="md:col-span-3">
              <Button size="small" type="submit" isLoading={create.isPending}>
                {t("payouts.submit")}
              </Button>
            </div>
          </form>
          {statement.entries.length ? (
            <Table data-testid="statement-entries">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("payouts.date")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("payouts.type")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("payouts.order")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("payouts.details")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-end">{t("payouts.amount")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {[...statement.entries].reverse().map((entry) => (
                  <Table.Row key={entry.id} data-type={entry.type}>
                    <Table.Cell>
                      {entry.occurred_at.slice(0, 10)}
                      {/* eslint-disable-next-line react-hooks/purity -- held until a date: compared with the time of each render on purpose */}
                      {entry.available_at && Date.parse(entry.available_at) > Date.now() ? (
                        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="statement-entry-held">
                          {t("payouts.heldUntil", { date: entry.available_at.slice(0, 10) })}
                        </Text>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>{t(`entry.${entry.type}`)}</Table.Cell>
                    <Table.Cell>{entry.order_display_id === null ? "" : `#${entry.order_display_id}`}</Table.Cell>
                    <Table.Cell>
                      {entry.type === "payout"
                        ? [entry.method ? t(`method.${entry.method}`) : null, entry.reference, entry.note].filter(Boolean).join(" · ")
                        : entry.rate !== null
                          ? t("commission.percent", { rate: entry.rate })
                          : ""}
                    </Table.Cell>
                    <Table.Cell className="text-end">{money(entry.amount)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              {t("payouts.noEntries")}
            </Text>
          )}
        </>
      )}
    </Container>
  )
}
