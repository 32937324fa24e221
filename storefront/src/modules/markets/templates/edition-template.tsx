import { editionStatus, type StoreEdition } from "@tadamon/shared/contracts/store"
import { provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { publicOrigin } from "@/lib/public-url"
import { editionJsonLd } from "@/lib/structured-data"
import { Breadcrumbs } from "@/modules/common/components/breadcrumbs"
import { JsonLd } from "@/modules/common/components/json-ld"
import { EditionStatusBanner } from "../components/edition-status"
import { Participants } from "../components/participants"
import { Program } from "../components/program"
import { formatDateRange } from "../lib/editions"

/** `/[locale]/markets/[handle]`: when and where, today's status, the program, the stands. */
export async function EditionTemplate({ locale, edition }: { locale: Locale; edition: StoreEdition }) {
  const t = await getTranslations({ locale, namespace: "markets" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  const status = editionStatus(edition)
  const province = provinceName(edition.province, locale) ?? edition.province
  return (
    <article className="edition" data-testid="edition" data-edition={edition.handle}>
      <JsonLd
        data={editionJsonLd(await publicOrigin(), locale, edition, {
          description: t("metaDescription", { dates: formatDateRange(edition.starts_on, edition.ends_on, locale), venue: edition.venue }),
          organizer: meta("siteName"),
        })}
      />
      <Breadcrumbs
        locale={locale}
        items={[
          { label: nav("home"), href: localePath(locale) },
          { label: t("title"), href: localePath(locale, "/markets") },
          { label: edition.name },
        ]}
      />
      <header className="edition__header">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1>{edition.name}</h1>
        <dl className="edition__facts">
          <div>
            <dt>{t("datesLabel")}</dt>
            <dd data-testid="edition-dates">
              <time dateTime={edition.starts_on}>{formatDateRange(edition.starts_on, edition.ends_on, locale)}</time>
            </dd>
          </div>
          <div>
            <dt>{t("venueLabel")}</dt>
            <dd data-testid="edition-venue">{edition.venue}</dd>
          </div>
          <div>
            <dt>{t("provinceLabel")}</dt>
            <dd data-testid="edition-province">{province}</dd>
          </div>
        </dl>
      </header>
      <EditionStatusBanner locale={locale} edition={edition} status={status} />
      {edition.participants.length > 0 ? (
        <p>
          <a className="button" href="#participants" data-testid="shop-this-market">
            {t("shopThisMarket")}
          </a>
        </p>
      ) : null}
      <Program locale={locale} program={edition.program} />
      <Participants locale={locale} editionHandle={edition.handle} participants={edition.participants} />
    </article>
  )
}
