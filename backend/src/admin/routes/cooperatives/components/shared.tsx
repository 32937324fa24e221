import { Button, Drawer, Input, Label, StatusBadge, Text, Textarea } from "@medusajs/ui"
import { provinceName, regionName, type CooperativeStatus, type Locale } from "@tadamon/shared"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"

const STATUS_COLORS: Record<CooperativeStatus, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  approved: "green",
  suspended: "red",
  rejected: "grey",
}

export function CooperativeStatusBadge({ status }: { status: CooperativeStatus }) {
  const { t } = useTranslation("moderation")
  return (
    <StatusBadge color={STATUS_COLORS[status]} data-testid="cooperative-status" data-status={status}>
      {t(`status.${status}`)}
    </StatusBadge>
  )
}

/** Dates, prices and places in the Admin's language (places in English unless it is French or Arabic). */
export function useFormat() {
  const { i18n } = useTranslation("moderation")
  const locale = i18n.language || "en"
  const placeLocale: Locale = locale.startsWith("ar") ? "ar" : locale.startsWith("fr") ? "fr" : "en"
  return {
    province: (code: string) => provinceName(code, placeLocale) ?? code,
    region: (code: string) => regionName(code, placeLocale) ?? code,
    day: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso)),
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)),
    price: (amount: number) => new Intl.NumberFormat(locale, { style: "currency", currency: "MAD" }).format(amount),
  }
}

type DecisionDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirm: string
  /** `reason`: a required text; `date`: an optional YYYY-MM-DD (prefilled with `initialDate`). */
  field: "reason" | "date"
  initialDate?: string | null
  pending: boolean
  onSubmit: (value: string) => Promise<unknown>
}

/**
 * The organizer's decision with what it needs: a reason (reject, suspend, refuse) the cooperative
 * will read, or a document's expiry date (verify).
 */
export function DecisionDrawer({ open, onOpenChange, title, description, confirm, field, initialDate, pending, onSubmit }: DecisionDrawerProps) {
  const { t } = useTranslation("moderation")
  const [value, setValue] = useState("")
  const [error, setError] = useState<string | null>(null)
  // Each time it opens (or opens for another date), it starts from the initial value, without the
  // last error: reset while rendering rather than in an effect, so no stale value is ever drawn.
  const opening = open ? `${field}:${initialDate ?? ""}` : null
  const [openedFor, setOpenedFor] = useState<string | null>(null)
  if (opening !== openedFor) {
    setOpenedFor(opening)
    if (opening !== null) {
      setValue(field === "date" ? (initialDate ?? "") : "")
      setError(null)
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (field === "reason" && !value.trim()) {
      setError(t("decision.reasonRequired"))
      return
    }
    await onSubmit(value.trim())
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={(event) => void submit(event)} className="flex h-full flex-col" data-testid="decision-form">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="decision-value">{field === "reason" ? t("decision.reason") : t("decision.validUntil")}</Label>
              {field === "reason" ? (
                <Textarea
                  id="decision-value"
                  value={value}
                  onChange={(event) => setValue(event.target.value)}
                  maxLength={1000}
                  aria-invalid={!!error}
                  placeholder={t("decision.reasonPlaceholder")}
                />
              ) : (
                <Input id="decision-value" type="date" value={value} onChange={(event) => setValue(event.target.value)} />
              )}
              {field === "date" ? (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("decision.validUntilHint")}
                </Text>
              ) : null}
              {error ? (
                <Text size="small" className="text-ui-fg-error" role="alert">
                  {error}
                </Text>
              ) : null}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                {t("actions.cancel")}
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={pending}>
              {confirm}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
