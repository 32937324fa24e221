import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { CategoryCard } from "./category-card"

export function CategoryGrid({ categories, locale }: { categories: HttpTypes.StoreProductCategory[]; locale: Locale }) {
  return (
    <ul className="grid grid--categories" role="list">
      {categories.map((category) => (
        <li key={category.id}>
          <CategoryCard category={category} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
