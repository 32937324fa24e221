import type { StoreCooperative } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { CooperativeLogo } from "./cooperative-logo"
import { cooperativePlace } from "../lib/cooperative-place"

type Props = {
  cooperative: StoreCooperative
  locale: Locale
  /** The title's level: h3 under a section's h2 (the default), h2 in a list that follows the page's h1. */
  heading?: "h2" | "h3"
}

export async function CooperativeCard({ cooperative, locale, heading: Title = "h3" }: Props) {
  const t = await getTranslations({ locale, namespace: "sectors" })
  const place = await cooperativePlace(cooperative, locale)
  return (
    <article className="card coop-card" data-testid="cooperative-card">
      <CooperativeLogo name={cooperative.name} logo={cooperative.logo} alt="" sizes="72px" />
      <div className="card__body">
        <Title className="card__title">
          <Link className="card__link" prefetch={false} href={localePath(locale, `/cooperatives/${cooperative.handle}`)}>
            {cooperative.name}
          </Link>
        </Title>
        <p className="card__meta">{t(cooperative.sector)}</p>
        <p className="card__meta">{place}</p>
      </div>
    </article>
  )
}
