import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { CategoryCard } from "./category-card"

type Props = {
  categories: HttpTypes.StoreProductCategory[]
  locale: Locale
  /** The cards' title level (see CategoryCard). */
  heading?: "h2" | "h3"
}

export function CategoryGrid({ categories, locale, heading }: Props) {
  return (
    <ul className="grid grid--categories" role="list">
      {categories.map((category) => (
        <li key={category.id}>
          <CategoryCard category={category} locale={locale} heading={heading} />
        </li>
      ))}
    </ul>
  )
}
