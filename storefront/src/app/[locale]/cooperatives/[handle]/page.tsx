import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getCooperativeByHandle } from "@/lib/data/cooperatives"
import { publicPageMetadata } from "@/lib/page-metadata"
import { searchCatalog } from "@/lib/data/search"
import { pageLocale, type SearchParams } from "@/lib/params"
import { hasFilters, readCatalogSearch } from "@/lib/search-params"
import { excerpt } from "@/lib/seo"
import { CooperativeTemplate } from "@/modules/cooperatives/templates/cooperative-template"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: SearchParams }

/** A cooperative's products, filtered: at most this many on its page. */
const FILTERED_PRODUCTS = 48

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  const result = await getCooperativeByHandle(handle, locale)
  if (!result) {
    return {}
  }
  const { cooperative } = result
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  return publicPageMetadata({
    locale,
    // `?edition=…&via=…` (a stand's QR code) only credits a market: the canonical URL has none.
    path: `/cooperatives/${encodeURIComponent(cooperative.handle)}`,
    title: cooperative.name,
    description: excerpt(cooperative.story) ?? t("intro"),
    image: cooperative.logo ? { url: cooperative.logo, alt: t("logoAlt", { name: cooperative.name }), logo: true } : null,
  })
}

export default async function CooperativePage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const result = await getCooperativeByHandle(handle, locale)
  if (!result) {
    notFound()
  }
  // The search's filters with the cooperative fixed; unfiltered, the page lists its products as the Store API gives them.
  const search = { ...readCatalogSearch(await searchParams), q: "", page: 1, cooperative: [result.cooperative.handle] }
  const refined = hasFilters({ ...search, cooperative: [] }) || search.sort !== undefined
  const found = await searchCatalog(search, locale, FILTERED_PRODUCTS)
  return (
    <CooperativeTemplate
      locale={locale}
      cooperative={result.cooperative}
      products={refined ? found.products : result.products}
      search={search}
      facets={found.facets}
    />
  )
}
