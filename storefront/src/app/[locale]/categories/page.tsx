import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listTopCategories } from "@/lib/data/categories"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale } from "@/lib/params"
import { CategoriesTemplate } from "@/modules/categories/templates/categories-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "categories" })
  return publicPageMetadata({ locale, path: "/categories", title: t("metaTitle"), description: t("intro") })
}

export default async function CategoriesPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const categories = await listTopCategories(locale)
  return <CategoriesTemplate locale={locale} categories={categories} />
}
