import type { WordPlan } from "../../domain/search/query-plan"
import type { FacetName, ProductSearch, SearchSort } from "./types"

/** Longer "words" (pasted hashes, URLs) are neither indexed nor looked up. */
export const MAX_WORD_LENGTH = 64

/** A piece of SQL and its values, `?` placeholders in order (what the entity manager's `execute` takes). */
export type Sql = { readonly text: string; readonly values: unknown[] }

function isSql(value: unknown): value is Sql {
  return typeof value === "object" && value !== null && "text" in value && "values" in value
}

/**
 * SQL with its values kept apart: `sql\`d.price_min >= ${price}\`` binds the price; a nested `Sql`
 * is spliced in with its own values. Arrays are never bound as such (the driver would spread them):
 * pass `textArray(values)` and cast it.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]
  const bound: unknown[] = []
  values.forEach((value, index) => {
    if (isSql(value)) {
      text += value.text
      bound.push(...value.values)
    } else {
      if (Array.isArray(value)) {
        throw new TypeError("Bind an array as textArray(values)::text[]")
      }
      text += "?"
      bound.push(value)
    }
    text += strings[index + 1]
  })
  return { text, values: bound }
}

sql.join = (parts: readonly Sql[], separator = ""): Sql => ({
  text: parts.map((part) => part.text).join(separator),
  values: parts.flatMap((part) => part.values),
})

/** Trusted SQL text (a column or a constant written here), never a value from a request. */
sql.raw = (text: string): Sql => ({ text, values: [] })

sql.and = (parts: readonly Sql[]): Sql => (parts.length ? sql.join(parts.map((part) => sql`(${part})`), " AND ") : sql`TRUE`)

/** A PostgreSQL text[] literal of the values, to bind and cast with `::text[]`. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`).join(",")}}`
}

type FilterName = FacetName | "price" | "in_stock"
export type ProductConditions = { base: Sql; facets: Partial<Record<FilterName, Sql>> }

/** The conditions of a product search: the words and channel (base), and each facet's filter. */
export function productConditions({ plan, sales_channel_ids, filters }: ProductSearch): ProductConditions {
  const base = sql.and([
    sql`d.kind = 'product' AND d.deleted_at IS NULL`,
    sql`d.sales_channel_ids && ${textArray(sales_channel_ids)}::text[]`,
    ...plan.map(({ exact, near }) => sql`d.words && ${textArray([...exact, ...near])}::text[]`),
  ])
  const facets: ProductConditions["facets"] = {}
  const anyOf = (values: string[] | undefined, column: string, overlap: boolean) =>
    values?.length
      ? overlap
        ? sql`${sql.raw(column)} && ${textArray(values)}::text[]`
        : sql`${sql.raw(column)} = ANY(${textArray(values)}::text[])`
      : undefined
  const set = (name: FilterName, condition: Sql | undefined) => {
    if (condition) {
      facets[name] = condition
    }
  }
  set("category", anyOf(filters.category, "d.category_handles", true))
  set("cooperative", anyOf(filters.cooperative, "d.cooperative_handle", false))
  set("province", anyOf(filters.province, "d.province", false))
  set("label", anyOf(filters.label, "d.labels", true))
  set("edition", anyOf(filters.edition, "d.edition_handles", true))
  const price = [
    filters.price_min !== undefined ? sql`d.price_min >= ${filters.price_min}` : undefined,
    filters.price_max !== undefined ? sql`d.price_min <= ${filters.price_max}` : undefined,
  ].filter((condition): condition is Sql => !!condition)
  set("price", price.length ? sql.and(price) : undefined)
  set("in_stock", filters.in_stock ? sql`d.in_stock` : undefined)
  return { base, facets }
}

/** Every facet filter but one: a facet's counts ignore its own filter (pick several values). */
function othersThan(conditions: ProductConditions, name: FilterName | null): Sql {
  return sql.and(Object.entries(conditions.facets).flatMap(([other, condition]) => (other === name || !condition ? [] : [condition])))
}

/**
 * One statement for every facet's counts, the price range and the total, over the documents the
 * words match (computed once).
 */
export function facetSql(conditions: ProductConditions): Sql {
  const grouped = (name: FacetName, value: string, from: string) =>
    sql`SELECT '${sql.raw(name)}' AS facet, ${sql.raw(value)} AS value, count(*)::float8 AS n
        FROM ${sql.raw(from)} WHERE ${othersThan(conditions, name)} GROUP BY 2`
  const counts = sql.join(
    [
      grouped("category", "v", "base d, unnest(d.category_handles) v"),
      grouped("cooperative", "d.cooperative_handle", "base d"),
      grouped("province", "d.province", "base d"),
      grouped("label", "v", "base d, unnest(d.labels) v"),
      grouped("edition", "v", "base d, unnest(d.edition_handles) v"),
      sql`SELECT 'in_stock', NULL, count(*)::float8 FROM base d WHERE d.in_stock AND ${othersThan(conditions, "in_stock")}`,
      sql`SELECT 'price_min', NULL, min(d.price_min) FROM base d WHERE ${othersThan(conditions, "price")}`,
      sql`SELECT 'price_max', NULL, max(d.price_min) FROM base d WHERE ${othersThan(conditions, "price")}`,
      sql`SELECT 'total', NULL, count(*)::float8 FROM base d WHERE ${othersThan(conditions, null)}`,
    ],
    " UNION ALL "
  )
  return sql`WITH base AS MATERIALIZED (SELECT d.category_handles, d.cooperative_handle, d.province, d.labels, d.edition_handles,
      d.price_min, d.in_stock FROM search_document d WHERE ${conditions.base}) ${counts}`
}

/**
 * Relevance: per query word, its exact form in the title counts most, a near form in the title
 * next, the exact form anywhere next; a word only matched near elsewhere counts nothing extra.
 */
export function scoreSql(plan: readonly WordPlan[]): Sql {
  if (!plan.length) {
    return sql`0`
  }
  return sql.join(
    plan.map(({ exact, near }) => {
      const exactWords = textArray(exact)
      const allWords = textArray([...exact, ...near])
      return sql`((d.title_words && ${exactWords}::text[])::int * 4 + (d.title_words && ${allWords}::text[])::int * 2 + (d.words && ${exactWords}::text[])::int * 2)`
    }),
    " + "
  )
}

export function orderBy(sort: SearchSort, score: Sql): Sql {
  switch (sort) {
    case "price_asc":
      return sql`d.price_min ASC NULLS LAST, d.record_id`
    case "price_desc":
      return sql`d.price_min DESC NULLS LAST, d.record_id`
    case "newest":
      return sql`d.listed_at DESC, d.record_id`
    default:
      return sql`(${score}) DESC, d.in_stock DESC, d.listed_at DESC, d.record_id`
  }
}
