import type { HttpTypes } from "@medusajs/types"
import type { StoreSearchFacets } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { ProductPage } from "@/lib/data/products"
import { catalogSearchQuery, type CatalogSearch } from "@/lib/search-params"
import { localePath } from "@/lib/paths"
import { Breadcrumbs, type Crumb } from "@/modules/common/components/breadcrumbs"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SearchFilters } from "@/modules/search/components/search-filters"

type Props = {
  locale: Locale
  category: HttpTypes.StoreProductCategory
  products: ProductPage
  page: number
  totalPages: number
  /** The filters of the category's products (the category fixed), their facets, and whether any is set. */
  search: CatalogSearch
  facets: StoreSearchFacets
  refined: boolean
}

export async function CategoryTemplate({ locale, category, products, page, totalPages, search, facets, refined }: Props) {
  const t = await getTranslations({ locale, namespace: "categories" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  const path = localePath(locale, `/categories/${category.handle}`)
  const children = category.category_children ?? []
  const parent = category.parent_category

  const crumbs: Crumb[] = [
    { label: nav("home"), href: localePath(locale) },
    { label: nav("categories"), href: localePath(locale, "/categories") },
  ]
  if (parent) {
    crumbs.push({ label: parent.name, href: localePath(locale, `/categories/${parent.handle}`) })
  }
  crumbs.push({ label: category.name })

  return (
    <section className="listing">
      <Breadcrumbs locale={locale} items={crumbs} />
      <header className="listing__header">
        <h1>{category.name}</h1>
        {category.description ? <p className="lead">{category.description}</p> : null}
        <p className="listing__count">{t("products", { count: products.count })}</p>
      </header>
      {children.length > 0 ? (
        <nav className="subcategories" aria-labelledby="subcategories-title" data-testid="subcategories">
          <h2 id="subcategories-title" className="eyebrow">
            {t("subcategories")}
          </h2>
          <ul role="list">
            {children.map((child) => (
              <li key={child.id}>
                <Link className="chip" prefetch={false} href={localePath(locale, `/categories/${child.handle}`)}>
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="search-page__body">
        <SearchFilters locale={locale} search={search} facets={facets} action={path} fixed="category" />
        <div className="search-page__results">
          {products.products.length > 0 ? (
            <ProductGrid products={products.products} locale={locale} eager={2} heading="h2" />
          ) : (
            <p className="empty">{t("empty")}</p>
          )}
          <Pagination
            locale={locale}
            page={page}
            totalPages={totalPages}
            path={path}
            query={refined ? catalogSearchQuery({ ...search, category: [] }) : {}}
          />
        </div>
      </div>
    </section>
  )
}
