import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { localePath } from "@/lib/paths"
import { CategoryIcon } from "./category-icon"

type Props = {
  category: HttpTypes.StoreProductCategory
  locale: Locale
  /** The title's level: h3 under a section's h2 (the default), h2 in a list that follows the page's h1. */
  heading?: "h2" | "h3"
}

export function CategoryCard({ category, locale, heading: Title = "h3" }: Props) {
  return (
    <article className="card category-card" data-testid="category-card">
      <CategoryIcon handle={category.handle} />
      <div className="card__body">
        <Title className="card__title">
          <Link className="card__link" prefetch={false} href={localePath(locale, `/categories/${category.handle}`)}>
            {category.name}
          </Link>
        </Title>
        {category.description ? <p className="card__meta">{category.description}</p> : null}
      </div>
    </article>
  )
}
