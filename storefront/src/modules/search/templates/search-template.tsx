import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { SearchPage } from "@/lib/data/search"
import { localePath } from "@/lib/paths"
import { catalogSearchQuery, type CatalogSearch } from "@/lib/search-params"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SearchFilters } from "../components/search-filters"

type Props = { locale: Locale; search: CatalogSearch; results: SearchPage; totalPages: number }

/** Search results: matching cooperatives, the facets as a plain GET form, products best first. */
export async function SearchTemplate({ locale, search, results, totalPages }: Props) {
  const t = await getTranslations({ locale, namespace: "search" })
  return (
    <section className="listing search-page" data-testid="search-page">
      <header className="listing__header">
        <h1>{search.q ? t("titleFor", { q: search.q }) : t("title")}</h1>
        <p className="listing__count" data-testid="search-count" aria-live="polite">
          {t("results", { count: results.count })}
        </p>
      </header>
      {results.cooperatives.length > 0 ? (
        <nav className="search-page__cooperatives" aria-labelledby="search-cooperatives-title" data-testid="search-cooperatives">
          <h2 id="search-cooperatives-title" className="eyebrow">
            {t("cooperatives")}
          </h2>
          <ul role="list">
            {results.cooperatives.map((cooperative) => (
              <li key={cooperative.id}>
                <Link className="chip" prefetch={false} href={localePath(locale, `/cooperatives/${encodeURIComponent(cooperative.handle)}`)}>
                  {cooperative.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="search-page__body">
        <SearchFilters locale={locale} search={search} facets={results.facets} />
        <div className="search-page__results">
          {results.products.length > 0 ? (
            <ProductGrid products={results.products} locale={locale} eager={2} heading="h2" />
          ) : (
            <p className="empty" data-testid="search-empty">
              {t("empty")}
            </p>
          )}
          <Pagination
            locale={locale}
            page={search.page}
            totalPages={totalPages}
            path={localePath(locale, "/search")}
            query={catalogSearchQuery(search)}
          />
        </div>
      </div>
    </section>
  )
}
