import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale, pageNumber, type SearchParams } from "@/lib/params"
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
  const page = pageNumber((await searchParams).page)
  // A parent category lists its children's products too (crafts: weaving, woodwork, embroidery).
  const categoryIds = [category.id, ...(category.category_children ?? []).map((child) => child.id)]
  const products = await listProducts({ locale, categoryIds, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const totalPages = totalPagesOf(products.count, PAGE_SIZE)
  if (page > totalPages) {
    notFound()
  }
  return <CategoryTemplate locale={locale} category={category} products={products} page={page} totalPages={totalPages} />
}
