import { isSector } from "@tadamon/shared/contracts/store"
import { findProvince } from "@tadamon/shared/geography"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCooperatives } from "@/lib/data/cooperatives"
import { firstParam, pageLocale, pageNumber, type SearchParams } from "@/lib/params"
import { totalPagesOf } from "@/modules/common/components/pagination"
import { CooperativesTemplate } from "@/modules/cooperatives/templates/cooperatives-template"

const PAGE_SIZE = 12

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "cooperatives" })
  return { title: t("metaTitle") }
}

export default async function CooperativesPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  // Unknown values are ignored rather than sent to the backend.
  const provinceValue = firstParam(query.province)
  const province = provinceValue && findProvince(provinceValue) ? provinceValue : undefined
  const sectorValue = firstParam(query.sector)
  const sector = isSector(sectorValue) ? sectorValue : undefined
  const page = pageNumber(query.page)

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
