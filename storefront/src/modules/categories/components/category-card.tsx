import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { localePath } from "@/lib/paths"
import { CategoryIcon } from "./category-icon"

export function CategoryCard({ category, locale }: { category: HttpTypes.StoreProductCategory; locale: Locale }) {
  return (
    <article className="card category-card" data-testid="category-card">
      <CategoryIcon handle={category.handle} />
      <div className="card__body">
        <h3 className="card__title">
          <Link className="card__link" prefetch={false} href={localePath(locale, `/categories/${category.handle}`)}>
            {category.name}
          </Link>
        </h3>
        {category.description ? <p className="card__meta">{category.description}</p> : null}
      </div>
    </article>
  )
}
