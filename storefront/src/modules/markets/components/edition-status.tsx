import type { EditionStatus, StoreEditionSummary } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { formatDay } from "../lib/editions"

/**
 * Where the edition stands today: opening on a date, open until a date, or closed, and then the
 * cooperatives keep selling online.
 */
export async function EditionStatusBanner({
  locale,
  edition,
  status,
}: {
  locale: Locale
  edition: Pick<StoreEditionSummary, "starts_on" | "ends_on">
  status: EditionStatus
}) {
  const t = await getTranslations({ locale, namespace: "markets" })
  const text =
    status === "upcoming"
      ? t("banner.upcoming", { date: formatDay(edition.starts_on, locale) })
      : status === "open"
        ? t("banner.open", { date: formatDay(edition.ends_on, locale) })
        : t("banner.closed")
  return (
    <p className={`edition-status edition-status--${status}`} data-testid="edition-status" data-status={status}>
      <strong className="edition-status__label">{t(`status.${status}`)}</strong> <span>{text}</span>
    </p>
  )
}

/** A small label of the status, for cards. */
export async function EditionStatusChip({ locale, status }: { locale: Locale; status: EditionStatus }) {
  const t = await getTranslations({ locale, namespace: "markets" })
  return (
    <span className={`edition-chip edition-chip--${status}`} data-testid="edition-status-chip" data-status={status}>
      {t(`status.${status}`)}
    </span>
  )
}
