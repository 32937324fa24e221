import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { searchCatalog } from "@/lib/data/search"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale, pageNumber, type SearchParams } from "@/lib/params"
import { hasFilters, readCatalogSearch } from "@/lib/search-params"
import { CategoryTemplate } from "@/modules/categories/templates/category-template"
import { totalPagesOf } from "@/modules/common/components/pagination"

const PAGE_SIZE = 12

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: SearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  const category = await getCategoryByHandle(handle, locale)
  if (!category) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "categories" })
  return publicPageMetadata({
    locale,
    path: `/categories/${encodeURIComponent(category.handle)}`,
    page: pageNumber((await searchParams).page),
    title: category.name,
    description: category.description || t("intro"),
  })
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const category = await getCategoryByHandle(handle, locale)
  if (!category) {
    notFound()
  }
  // The category's own filters are the search's, with the category fixed (its children included:
  // the index files a product under its category's ancestors too).
  const search = { ...readCatalogSearch(await searchParams), q: "", category: [category.handle] }
  const refined = hasFilters({ ...search, category: [] }) || search.sort !== undefined
  const page = search.page
  const found = await searchCatalog(search, locale, PAGE_SIZE)
  // Unfiltered, the listing keeps the Store API's own order (by handle); filtered, the search's.
  const categoryIds = [category.id, ...(category.category_children ?? []).map((child) => child.id)]
  const products = refined
    ? { products: found.products, count: found.count }
    : await listProducts({ locale, categoryIds, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const totalPages = totalPagesOf(products.count, PAGE_SIZE)
  if (page > totalPages) {
    notFound()
  }
  return (
    <CategoryTemplate
      locale={locale}
      category={category}
      products={products}
      page={page}
      totalPages={totalPages}
      search={search}
      facets={found.facets}
      refined={refined}
    />
  )
}
