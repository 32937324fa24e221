import { Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage, useCommission, useSettlementCooperatives, useUpdateCommission } from "../../reports/components/api"

const rateOf = (text: string): number | null => {
  const value = Number(text.replace(",", "."))
  return text.trim() === "" || Number.isNaN(value) ? null : value
}

/** Tadamon's commission: the platform-wide rate and per-cooperative overrides, in percent. */
export const CommissionSection = () => {
  const { t } = useTranslation("reports")
  const { data, isError } = useCommission()
  const { data: cooperatives } = useSettlementCooperatives()
  const update = useUpdateCommission()
  const [platformRate, setPlatformRate] = useState("")
  const [overrideCooperative, setOverrideCooperative] = useState("")
  const [overrideRate, setOverrideRate] = useState("")

  // The field shows the saved rate whenever it loads or changes (set while rendering, not in an effect).
  const [loadedRate, setLoadedRate] = useState<number | null>(null)
  if (data && data.commission.rate !== loadedRate) {
    setLoadedRate(data.commission.rate)
    setPlatformRate(String(data.commission.rate))
  }

  const save = (body: Parameters<typeof update.mutate>[0], done?: () => void) =>
    update.mutate(body, {
      onSuccess: () => {
        toast.success(t("commission.saved"))
        done?.()
      },
      onError: (error) => toast.error(errorMessage(error) ?? t("errors.save")),
    })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("commission.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("commission.subtitle")}
        </Text>
      </div>
      {isError && <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>}
      <form
        className="flex flex-wrap items-end gap-3 px-6 py-4"
        onSubmit={(event) => {
          event.preventDefault()
          const rate = rateOf(platformRate)
          if (rate === null) {
            toast.error(t("commission.invalidRate"))
            return
          }
          save({ rate })
        }}
      >
        <div>
          <Label htmlFor="platform-rate" size="small">
            {t("commission.platformRate")}
          </Label>
          <Input id="platform-rate" inputMode="decimal" size="small" value={platformRate} onChange={(event) => setPlatformRate(event.target.value)} />
        </div>
        <Button size="small" type="submit" isLoading={update.isPending}>
          {t("commission.save")}
        </Button>
      </form>
      <div className="px-6 py-4">
        <Heading level="h3">{t("commission.overrides")}</Heading>
      </div>
      {data?.commission.overrides.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("commission.cooperative")}</Table.HeaderCell>
              <Table.HeaderCell className="text-end">{t("commission.rate")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.commission.overrides.map((override) => (
              <Table.Row key={override.cooperative_id}>
                <Table.Cell>{override.cooperative_name ?? override.cooperative_id}</Table.Cell>
                <Table.Cell className="text-end">{t("commission.percent", { rate: override.rate })}</Table.Cell>
                <Table.Cell className="text-end">
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() => save({ overrides: [{ cooperative_id: override.cooperative_id, rate: null }] })}
                  >
                    {t("commission.remove")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("commission.noOverrides")}
        </Text>
      )}
      <form
        className="flex flex-wrap items-end gap-3 px-6 py-4"
        onSubmit={(event) => {
          event.preventDefault()
          const rate = rateOf(overrideRate)
          if (!overrideCooperative || rate === null) {
            toast.error(t("commission.invalidOverride"))
            return
          }
          save({ overrides: [{ cooperative_id: overrideCooperative, rate }] }, () => {
            setOverrideCooperative("")
            setOverrideRate("")
          })
        }}
      >
        <div className="w-64">
          <Label size="small">{t("commission.cooperative")}</Label>
          <Select value={overrideCooperative} onValueChange={setOverrideCooperative}>
            <Select.Trigger aria-label={t("commission.cooperative")}>
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
        <div>
          <Label htmlFor="override-rate" size="small">
            {t("commission.rate")}
          </Label>
          <Input id="override-rate" inputMode="decimal" size="small" value={overrideRate} onChange={(event) => setOverrideRate(event.target.value)} />
        </div>
        <Button size="small" type="submit" variant="secondary" isLoading={update.isPending}>
          {t("commission.addOverride")}
        </Button>
      </form>
    </Container>
  )
}
