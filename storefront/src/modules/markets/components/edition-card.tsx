import { editionStatus, type StoreEditionSummary } from "@tadamon/shared/contracts/store"
import { provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { joinParts } from "@/lib/util/text"
import { formatDateRange } from "../lib/editions"
import { editionPath } from "../lib/links"
import { EditionStatusChip } from "./edition-status"

/** An edition in the markets listing: name, dates, place, how many cooperatives, status. */
export async function EditionCard({ edition, locale }: { edition: StoreEditionSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "markets" })
  const province = provinceName(edition.province, locale) ?? edition.province
  return (
    <article className="card edition-card" data-testid="edition-card" data-edition={edition.handle}>
      <div className="card__body">
        <EditionStatusChip locale={locale} status={editionStatus(edition)} />
        <h3 className="card__title edition-card__title">
          <Link className="card__link" prefetch={false} href={editionPath(locale, edition.handle)}>
            {edition.name}
          </Link>
        </h3>
        <p className="card__meta">
          <time dateTime={edition.starts_on}>{formatDateRange(edition.starts_on, edition.ends_on, locale)}</time>
        </p>
        <p className="card__meta">{joinParts([edition.venue, province], locale)}</p>
        <p className="card__meta">{t("participantCount", { count: edition.participant_count })}</p>
      </div>
    </article>
  )
}
