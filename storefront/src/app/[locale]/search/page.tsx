import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { searchCatalog } from "@/lib/data/search"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale, type SearchParams } from "@/lib/params"
import { readCatalogSearch } from "@/lib/search-params"
import { totalPagesOf } from "@/modules/common/components/pagination"
import { SearchTemplate } from "@/modules/search/templates/search-template"

const PAGE_SIZE = 12

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const search = readCatalogSearch(await searchParams)
  const t = await getTranslations({ locale, namespace: "search" })
  // Filters and sorts make endless combinations of one search: its canonical URL keeps the words only.
  return publicPageMetadata({
    locale,
    path: "/search",
    query: { q: search.q || undefined },
    title: search.q ? t("titleFor", { q: search.q }) : t("title"),
    description: t("description"),
  })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const search = readCatalogSearch(await searchParams)
  const results = await searchCatalog(search, locale, PAGE_SIZE)
  const totalPages = totalPagesOf(results.count, PAGE_SIZE)
  if (search.page > totalPages) {
    notFound()
  }
  return <SearchTemplate locale={locale} search={search} results={results} totalPages={totalPages} />
}
