import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listTopCategories } from "@/lib/data/categories"
import { listCooperatives } from "@/lib/data/cooperatives"
import { listEditionsForFeature } from "@/lib/data/markets"
import { listProducts } from "@/lib/data/products"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale } from "@/lib/params"
import { HomeTemplate } from "@/modules/home/templates/home-template"
import { featuredEdition } from "@/modules/markets/lib/editions"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "home" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  // The layout's title template applies below it, not to this page of its own segment.
  const title = meta("titleTemplate").replace("%s", t("metaTitle"))
  return publicPageMetadata({ locale, path: "/", title, description: meta("description") })
}

export default async function HomePage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const [categories, cooperatives, products, editions] = await Promise.all([
    listTopCategories(locale),
    listCooperatives({ locale, limit: 4 }),
    listProducts({ locale, limit: 8 }),
    listEditionsForFeature(locale),
  ])
  return (
    <HomeTemplate
      locale={locale}
      categories={categories}
      cooperatives={cooperatives.cooperatives}
      products={products.products}
      edition={featuredEdition(editions)}
    />
  )
}
