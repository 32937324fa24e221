import type { Sector, StoreCooperativeListResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { Pagination } from "@/modules/common/components/pagination"
import { CooperativeFilters } from "../components/cooperative-filters"
import { CooperativeGrid } from "../components/cooperative-grid"

type Props = {
  locale: Locale
  result: StoreCooperativeListResponse
  province?: string
  sector?: Sector
  page: number
  totalPages: number
}

export async function CooperativesTemplate({ locale, result, province, sector, page, totalPages }: Props) {
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  const path = localePath(locale, "/cooperatives")
  return (
    <section className="listing">
      <header className="listing__header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <CooperativeFilters locale={locale} action={path} province={province} sector={sector} />
      <p className="listing__count" role="status">
        {t("count", { count: result.count })}
      </p>
      {result.cooperatives.length > 0 ? (
        <CooperativeGrid cooperatives={result.cooperatives} locale={locale} heading="h2" />
      ) : (
        <p className="empty">{t("empty")}</p>
      )}
      <Pagination locale={locale} page={page} totalPages={totalPages} path={path} query={{ province, sector }} />
    </section>
  )
}
