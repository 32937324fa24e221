import type { SearchFacetCount, SearchFacetName, StoreSearchFacets } from "@tadamon/shared/contracts/store"
import { SEARCH_SORTS } from "@tadamon/shared/contracts/store"
import { provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { listCategories } from "@/lib/data/categories"
import { listCooperatives } from "@/lib/data/cooperatives"
import { listEditions } from "@/lib/data/markets"
import { localePath, queryString } from "@/lib/paths"
import { hasFilters, type CatalogSearch } from "@/lib/search-params"

type Props = {
  locale: Locale
  search: CatalogSearch
  facets: StoreSearchFacets
  /** The page the form sends to: the search page, or a category's or cooperative's own page. */
  action?: string
  /** A facet the page itself fixes (a category page's category): not offered as a filter. */
  fixed?: SearchFacetName
}

type Option = { value: string; label: string; count: number; checked: boolean }

/** A facet's values with their counts, the chosen ones first and kept even when nothing matches them. */
function optionsOf(counts: SearchFacetCount[], chosen: readonly string[], label: (value: string) => string): Option[] {
  const byValue = new Map(counts.map((count) => [count.value, count.count]))
  const values = [...new Set([...chosen, ...counts.map((count) => count.value)])]
  return values.map((value) => ({ value, label: label(value), count: byValue.get(value) ?? 0, checked: chosen.includes(value) }))
}

function Facet({ name, legend, options }: { name: SearchFacetName; legend: string; options: Option[] }) {
  if (!options.length) {
    return null
  }
  return (
    <fieldset className="search-filters__facet" data-testid={`facet-${name}`}>
      <legend>{legend}</legend>
      <ul role="list">
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input type="checkbox" name={name} value={option.value} defaultChecked={option.checked} data-testid={`facet-${name}-${option.value}`} />
              <span>{option.label}</span> <span className="search-filters__count">({option.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/**
 * The facets as one GET form (works before any script): each value with how many products it
 * has under the other filters, a price range, in-stock only, and the sort.
 */
export async function SearchFilters({ locale, search, facets, action, fixed }: Props) {
  const t = await getTranslations({ locale, namespace: "search" })
  const [categories, cooperatives, editions] = await Promise.all([
    listCategories(locale),
    listCooperatives({ locale, limit: 100 }),
    listEditions(locale),
  ])
  const categoryName = new Map(categories.map((category) => [category.handle, category.name]))
  const cooperativeName = new Map(cooperatives.cooperatives.map((cooperative) => [cooperative.handle, cooperative.name]))
  const editionName = new Map(editions.map((edition) => [edition.handle, edition.name]))
  const labelName = (value: string) => (value === "igp" || value === "organic" ? t(`labels.${value}`) : value)
  const target = action ?? localePath(locale, "/search")
  const filtered = hasFilters(fixed ? { ...search, [fixed]: [] } : search)
  const facet = (name: SearchFacetName, legend: string, options: Option[]) =>
    name === fixed ? null : <Facet name={name} legend={legend} options={options} />

  return (
    <details className="search-filters" open={filtered || undefined} data-testid="search-filters">
      <summary>{t("filters")}</summary>
      <form action={target} method="get" className="search-filters__form">
        {search.q ? <input type="hidden" name="q" value={search.q} /> : null}
        <label className="search-filters__sort">
          <span>{t("sort")}</span>
          <select name="sort" defaultValue={search.sort ?? ""} data-testid="search-sort">
            <option value="">{t(search.q ? "sorts.relevance" : "sorts.newest")}</option>
            {SEARCH_SORTS.filter((sort) => sort !== (search.q ? "relevance" : "newest")).map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="search-filters__stock">
          <input type="checkbox" name="in_stock" value="true" defaultChecked={search.in_stock} data-testid="facet-in-stock" />
          <span>{t("inStock", { count: facets.in_stock })}</span>
        </label>
        {facet("category", t("category"), optionsOf(facets.category, search.category, (value) => categoryName.get(value) ?? value))}
        {facet("cooperative", t("cooperative"), optionsOf(facets.cooperative, search.cooperative, (value) => cooperativeName.get(value) ?? value))}
        {facet("province", t("province"), optionsOf(facets.province, search.province, (value) => provinceName(value, locale) ?? value))}
        {facet("label", t("labelFacet"), optionsOf(facets.label, search.label, labelName))}
        {facet("edition", t("edition"), optionsOf(facets.edition, search.edition, (value) => editionName.get(value) ?? value))}
        <fieldset className="search-filters__price">
          <legend>{t("price")}</legend>
          <label>
            <span>{t("priceMin")}</span>
            <input type="number" name="price_min" min={0} step="any" inputMode="decimal" defaultValue={search.price_min} placeholder={facets.price.min?.toString()} />
          </label>
          <label>
            <span>{t("priceMax")}</span>
            <input type="number" name="price_max" min={0} step="any" inputMode="decimal" defaultValue={search.price_max} placeholder={facets.price.max?.toString()} />
          </label>
        </fieldset>
        <div className="search-filters__actions">
          <button type="submit" className="button" data-testid="search-apply">
            {t("apply")}
          </button>
          {filtered ? (
            <Link className="button button--ghost" prefetch={false} href={`${target}${queryString({ q: search.q || undefined })}`}>
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>
    </details>
  )
}
