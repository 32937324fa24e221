import {
  SEARCH_FILTER_MAX_VALUES,
  SEARCH_LABELS,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_SORTS,
  type SearchLabel,
  type SearchSort,
} from "@tadamon/shared/contracts/store"

/** A search page's parameters, read leniently from the URL: what cannot be read is left out. */
export type CatalogSearch = {
  q: string
  category: string[]
  cooperative: string[]
  province: string[]
  label: SearchLabel[]
  edition: string[]
  price_min?: number
  price_max?: number
  in_stock: boolean
  sort?: SearchSort
  page: number
}

type Raw = Record<string, string | string[] | undefined>

function list(value: string | string[] | undefined): string[] {
  const values = (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((entry) => entry.split(","))
  return [...new Set(values.map((entry) => entry.trim()).filter((entry) => entry && entry.length <= 200))].slice(0, SEARCH_FILTER_MAX_VALUES)
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

function amount(value: string | string[] | undefined): number | undefined {
  const text = first(value)?.trim()
  if (!text) {
    return undefined
  }
  const number = Number(text)
  return Number.isFinite(number) && number >= 0 && number <= 1_000_000 ? number : undefined
}

/** The URL's search parameters as the search page uses them (never an error: a link may be old or hand-made). */
export function readCatalogSearch(raw: Raw): CatalogSearch {
  const priceMin = amount(raw.price_min)
  const priceMax = amount(raw.price_max)
  const sort = first(raw.sort)
  const page = Number.parseInt(first(raw.page) ?? "", 10)
  return {
    q: (first(raw.q) ?? "").trim().slice(0, SEARCH_QUERY_MAX_LENGTH),
    category: list(raw.category),
    cooperative: list(raw.cooperative),
    province: list(raw.province),
    label: list(raw.label).filter((value): value is SearchLabel => (SEARCH_LABELS as readonly string[]).includes(value)),
    edition: list(raw.edition),
    price_min: priceMin,
    price_max: priceMax !== undefined && (priceMin === undefined || priceMax >= priceMin) ? priceMax : undefined,
    in_stock: ["true", "1", "on"].includes(first(raw.in_stock) ?? ""),
    sort: SEARCH_SORTS.find((candidate) => candidate === sort),
    page: Number.isFinite(page) && page > 0 && page <= 200 ? page : 1,
  }
}

/** The search as URL values (lists comma-joined), for links that keep it and for the Store API. */
export function catalogSearchQuery(search: CatalogSearch): Record<string, string | undefined> {
  const joined = (values: string[]) => (values.length ? values.join(",") : undefined)
  return {
    q: search.q || undefined,
    category: joined(search.category),
    cooperative: joined(search.cooperative),
    province: joined(search.province),
    label: joined(search.label),
    edition: joined(search.edition),
    price_min: search.price_min?.toString(),
    price_max: search.price_max?.toString(),
    in_stock: search.in_stock ? "true" : undefined,
    sort: search.sort,
  }
}

/** Whether any filter (beyond the words) is set. */
export function hasFilters(search: CatalogSearch): boolean {
  return (
    search.category.length + search.cooperative.length + search.province.length + search.label.length + search.edition.length > 0 ||
    search.price_min !== undefined ||
    search.price_max !== undefined ||
    search.in_stock
  )
}
