import type { EditionStatus, StoreEditionSummary } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { Breadcrumbs } from "@/modules/common/components/breadcrumbs"
import { EditionCard } from "../components/edition-card"
import { groupByStatus } from "../lib/editions"

const SECTIONS: { status: EditionStatus; title: "openTitle" | "upcomingTitle" | "closedTitle" }[] = [
  { status: "open", title: "openTitle" },
  { status: "upcoming", title: "upcomingTitle" },
  { status: "closed", title: "closedTitle" },
]

/** `/[locale]/markets`: the open editions, the coming ones, the past ones. */
export async function MarketsTemplate({ locale, editions }: { locale: Locale; editions: StoreEditionSummary[] }) {
  const t = await getTranslations({ locale, namespace: "markets" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  const groups = groupByStatus(editions)
  return (
    <div className="markets">
      <Breadcrumbs locale={locale} items={[{ label: nav("home"), href: localePath(locale) }, { label: t("title") }]} />
      <header className="listing__header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
      </header>
      {editions.length === 0 ? (
        <p className="empty" data-testid="markets-empty">
          {t("empty")}
        </p>
      ) : (
        SECTIONS.filter(({ status }) => groups[status].length > 0).map(({ status, title }) => (
          <section key={status} className="home-section" aria-labelledby={`markets-${status}`} data-testid={`markets-${status}`}>
            <h2 id={`markets-${status}`}>{t(title)}</h2>
            <ul role="list" className="grid grid--editions">
              {groups[status].map((edition) => (
                <li key={edition.id}>
                  <EditionCard edition={edition} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  )
}
