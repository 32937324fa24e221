import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { CategoryGrid } from "../components/category-grid"

export async function CategoriesTemplate({
  locale,
  categories,
}: {
  locale: Locale
  categories: HttpTypes.StoreProductCategory[]
}) {
  const t = await getTranslations({ locale, namespace: "categories" })
  return (
    <section className="listing">
      <header className="listing__header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <CategoryGrid categories={categories} locale={locale} heading="h2" />
    </section>
  )
}
