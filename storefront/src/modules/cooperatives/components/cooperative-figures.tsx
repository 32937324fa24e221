import type { StoreCooperative } from "@tadamon/shared/contracts/store"
import { regionName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import { getFormatter, getTranslations } from "next-intl/server"
import { cooperativePlace } from "../lib/cooperative-place"

/** Founding year, members, women members, place and sector, as a description list. */
export async function CooperativeFigures({ cooperative, locale }: { cooperative: StoreCooperative; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  const sectors = await getTranslations({ locale, namespace: "sectors" })
  const format = await getFormatter({ locale })
  const place = await cooperativePlace(cooperative, locale)
  const region = regionName(cooperative.region, locale)

  const figures: { label: string; value: string; testId: string }[] = []
  if (cooperative.founding_year) {
    // A year is not a quantity: no thousands separator.
    figures.push({ label: t("founded"), value: String(cooperative.founding_year), testId: "figure-founded" })
  }
  figures.push(
    { label: t("members"), value: format.number(cooperative.member_count), testId: "figure-members" },
    { label: t("womenMembers"), value: format.number(cooperative.women_member_count), testId: "figure-women" },
    { label: t("location"), value: region ? `${place} · ${region}` : place, testId: "figure-location" },
    { label: t("sectorLabel"), value: sectors(cooperative.sector), testId: "figure-sector" }
  )

  return (
    <section className="figures" aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">
        {t("figuresTitle")}
      </h2>
      <dl>
        {figures.map((figure) => (
          <div key={figure.testId} className="figures__item" data-testid={figure.testId}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
