import type { StoreCooperative } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { CooperativeLogo } from "./cooperative-logo"
import { cooperativePlace } from "../lib/cooperative-place"

export async function CooperativeCard({ cooperative, locale }: { cooperative: StoreCooperative; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "sectors" })
  const place = await cooperativePlace(cooperative, locale)
  return (
    <article className="card coop-card" data-testid="cooperative-card">
      <CooperativeLogo name={cooperative.name} logo={cooperative.logo} alt="" sizes="72px" />
      <div className="card__body">
        <h3 className="card__title">
          <Link className="card__link" prefetch={false} href={localePath(locale, `/cooperatives/${cooperative.handle}`)}>
            {cooperative.name}
          </Link>
        </h3>
        <p className="card__meta">{t(cooperative.sector)}</p>
        <p className="card__meta">{place}</p>
      </div>
    </article>
  )
}
