import type { HttpTypes } from "@medusajs/types"
import type { StoreCooperative, StoreEditionSummary } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { CategoryGrid } from "@/modules/categories/components/category-grid"
import { CooperativeGrid } from "@/modules/cooperatives/components/cooperative-grid"
import { EditionFeature } from "@/modules/markets/components/edition-feature"
import { ProductGrid } from "@/modules/products/components/product-grid"
import type { TadamonProduct } from "@/types"
import { Hero } from "../components/hero"
import { SectionHeading } from "../components/section-heading"

type Props = {
  locale: Locale
  categories: HttpTypes.StoreProductCategory[]
  cooperatives: StoreCooperative[]
  products: TadamonProduct[]
  /** The market edition to feature: the open one, else the next, else the last; null when none. */
  edition: StoreEditionSummary | null
}

export async function HomeTemplate({ locale, categories, cooperatives, products, edition }: Props) {
  const t = await getTranslations({ locale, namespace: "home" })
  return (
    <>
      <Hero locale={locale} />
      {edition ? <EditionFeature edition={edition} locale={locale} /> : null}
      {categories.length > 0 ? (
        <section className="home-section" aria-labelledby="home-categories">
          <SectionHeading
            id="home-categories"
            title={t("categoriesTitle")}
            link={{ href: localePath(locale, "/categories"), label: t("allCategories") }}
          />
          <CategoryGrid categories={categories} locale={locale} />
        </section>
      ) : null}
      {products.length > 0 ? (
        <section className="home-section" aria-labelledby="home-products">
          <SectionHeading id="home-products" title={t("productsTitle")} />
          <ProductGrid products={products} locale={locale} />
        </section>
      ) : null}
      {cooperatives.length > 0 ? (
        <section className="home-section" aria-labelledby="home-cooperatives">
          <SectionHeading
            id="home-cooperatives"
            title={t("cooperativesTitle")}
            link={{ href: localePath(locale, "/cooperatives"), label: t("allCooperatives") }}
          />
          <CooperativeGrid cooperatives={cooperatives} locale={locale} />
        </section>
      ) : null}
    </>
  )
}
