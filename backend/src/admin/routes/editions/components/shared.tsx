import { StatusBadge } from "@medusajs/ui"
import { isLocale, provinceName, type EditionStatus, type LocalizedText } from "@tadamon/shared"
import { useTranslation } from "react-i18next"

const STATUS_COLORS: Record<EditionStatus, "blue" | "green" | "grey"> = { upcoming: "blue", open: "green", closed: "grey" }

export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useTranslation("editions")
  return (
    <StatusBadge color={STATUS_COLORS[status]} data-testid="edition-status" data-status={status}>
      {t(`status.${status}`)}
    </StatusBadge>
  )
}

/** Texts and dates in the Admin's language (Arabic where it has no language of ours). */
export function useEditionFormat() {
  const { i18n } = useTranslation("editions")
  const language = i18n.language || "en"
  const locale = isLocale(language) ? language : "en"
  return {
    locale,
    text: (value: LocalizedText) => value[locale] || value.ar,
    province: (code: string) => provinceName(code, locale) ?? code,
    day: (day: string) => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`)),
  }
}
