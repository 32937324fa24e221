import { editionStatus, type StoreEditionSummary } from "@tadamon/shared/contracts/store"
import { provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { joinParts } from "@/lib/util/text"
import { formatDateRange } from "../lib/editions"
import { editionPath } from "../lib/links"
import "./edition-feature.css"

/**
 * The home page's market: the open edition, else the next one, else the last one. Text only and
 * server-rendered (no image, no script), so it neither shifts the layout nor weighs on the page.
 */
export async function EditionFeature({ edition, locale }: { edition: StoreEditionSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "markets" })
  const status = editionStatus(edition)
  const province = provinceName(edition.province, locale) ?? edition.province
  return (
    <section
      className={`edition-feature edition-feature--${status}`}
      aria-labelledby="edition-feature-title"
      data-testid="edition-feature"
      data-edition={edition.handle}
      data-status={status}
    >
      <p className="edition-feature__eyebrow">
        {t(`status.${status}`)} · {t("featureEyebrow")}
      </p>
      <h2 id="edition-feature-title" className="edition-feature__title">
        {edition.name}
      </h2>
      <p className="edition-feature__meta">
        <time dateTime={edition.starts_on}>{formatDateRange(edition.starts_on, edition.ends_on, locale)}</time>
        {" · "}
        {joinParts([edition.venue, province], locale)}
      </p>
      {status === "closed" ? <p className="edition-feature__meta">{t("banner.closed")}</p> : null}
      <p className="edition-feature__actions">
        <Link className="button" prefetch={false} href={editionPath(locale, edition.handle)} data-testid="edition-feature-link">
          {status === "closed" ? t("featureShop") : t("featureDiscover")}
        </Link>
        <Link prefetch={false} href={localePath(locale, "/markets")}>
          {t("allMarkets")}
        </Link>
      </p>
    </section>
  )
}
