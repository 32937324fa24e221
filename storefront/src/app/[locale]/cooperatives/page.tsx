import { isSector } from "@tadamon/shared/contracts/store"
import { findProvince } from "@tadamon/shared/geography"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCooperatives } from "@/lib/data/cooperatives"
import { publicPageMetadata } from "@/lib/page-metadata"
import { firstParam, pageLocale, pageNumber, type SearchParams } from "@/lib/params"
import { totalPagesOf } from "@/modules/common/components/pagination"
import { CooperativesTemplate } from "@/modules/cooperatives/templates/cooperatives-template"

const PAGE_SIZE = 12

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The directory's filters and page; unknown values are ignored rather than sent to the backend. */
async function directoryQuery(searchParams: SearchParams) {
  const query = await searchParams
  const provinceValue = firstParam(query.province)
  const sectorValue = firstParam(query.sector)
  return {
    province: provinceValue && findProvince(provinceValue) ? provinceValue : undefined,
    sector: isSector(sectorValue) ? sectorValue : undefined,
    page: pageNumber(query.page),
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  const { province, sector, page } = await directoryQuery(searchParams)
  // A province's or a sector's directory is a page of its own, so its canonical URL keeps the filters.
  return publicPageMetadata({
    locale,
    path: "/cooperatives",
    query: { province, sector },
    page,
    title: t("metaTitle"),
    description: t("intro"),
  })
}

export default async function CooperativesPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const { province, sector, page } = await directoryQuery(searchParams)

  const result = await listCooperatives({ locale, province, sector, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const totalPages = totalPagesOf(result.count, PAGE_SIZE)
  if (page > totalPages) {
    notFound()
  }
  return (
    <CooperativesTemplate
      locale={locale}
      result={result}
      province={province}
      sector={sector}
      page={page}
      totalPages={totalPages}
    />
  )
}
