import { documentCounts, LABEL_DOCUMENT_TYPES, LOCALES, type Locale, provinceName } from "@tadamon/shared"
import { indexWords } from "./normalize"

/** A text in each locale the record has it in (Arabic is the stored text, the others translations). */
export type Localized = Partial<Record<Locale, string | null | undefined>>

export type ProductSource = {
  id: string
  handle: string
  status: string
  created_at: string | Date
  title: Localized
  subtitle: Localized
  description: Localized
  tags: string[]
  sales_channel_ids: string[]
  /** Each category with its ancestors' handles, nearest first. */
  categories: { handles: string[]; name: Localized }[]
  /** The lowest price of each variant, in MAD (null when a variant has none). */
  variant_prices: (number | null)[]
  /** Whether each variant can be bought now (stock left, not managed, or backorder allowed). */
  variant_available: boolean[]
  cooperative: CooperativeSource | null
  labels: { type: string; name: string | null; status: string; valid_until: string | Date | null }[]
}

export type CooperativeSource = {
  id: string
  handle: string
  status: string
  created_at: string | Date
  name: Localized
  commune: Localized
  province: string | null
  edition_handles: string[]
}

/** What the index stores for one record (the engine's input, without storage details). */
export type SearchDocumentSource = {
  kind: "product" | "cooperative"
  record_id: string
  handle: string
  names: Record<string, string>
  words: string[]
  title_words: string[]
  sales_channel_ids: string[]
  cooperative_handle: string | null
  province: string | null
  category_handles: string[]
  labels: string[]
  edition_handles: string[]
  price_min: number | null
  in_stock: boolean
  listed_at: Date
}

const texts = (text: Localized) => LOCALES.map((locale) => text[locale] ?? undefined)

function names(text: Localized): Record<string, string> {
  return Object.fromEntries(LOCALES.flatMap((locale) => (text[locale] ? [[locale, text[locale]]] : [])))
}

function provinceNames(code: string | null): (string | undefined)[] {
  return code ? LOCALES.map((locale) => provinceName(code, locale)) : []
}

/** Whether the store shows the product: published, from an approved cooperative, in a channel. */
export function isSearchable(product: ProductSource): boolean {
  return product.status === "published" && product.cooperative?.status === "approved" && product.sales_channel_ids.length > 0
}

export function isCooperativeSearchable(cooperative: CooperativeSource): boolean {
  return cooperative.status === "approved"
}

/**
 * A product as the search index holds it: every word of its content in the three languages, its
 * categories', cooperative's, province's and verified labels' names; facets; lowest price; stock.
 */
export function productDocument(product: ProductSource, now: Date = new Date()): SearchDocumentSource {
  const cooperative = product.cooperative
  const labels = product.labels.filter(
    (label) => (LABEL_DOCUMENT_TYPES as readonly string[]).includes(label.type) && documentCounts(label, now)
  )
  const prices = product.variant_prices.filter((price): price is number => price !== null)
  return {
    kind: "product",
    record_id: product.id,
    handle: product.handle,
    names: names(product.title),
    words: indexWords(
      ...texts(product.title),
      ...texts(product.subtitle),
      ...texts(product.description),
      ...product.tags,
      ...product.categories.flatMap((category) => texts(category.name)),
      ...(cooperative ? [...texts(cooperative.name), ...texts(cooperative.commune)] : []),
      ...provinceNames(cooperative?.province ?? null),
      ...labels.map((label) => label.name)
    ),
    title_words: indexWords(...texts(product.title)),
    sales_channel_ids: product.sales_channel_ids,
    cooperative_handle: cooperative?.handle ?? null,
    province: cooperative?.province ?? null,
    category_handles: [...new Set(product.categories.flatMap((category) => category.handles))],
    labels: [...new Set(labels.map((label) => label.type))],
    edition_handles: cooperative?.edition_handles ?? [],
    price_min: prices.length ? Math.min(...prices) : null,
    in_stock: product.variant_available.some(Boolean),
    listed_at: new Date(product.created_at),
  }
}

/** A cooperative as the search index holds it: found by its name, commune and province. */
export function cooperativeDocument(cooperative: CooperativeSource): SearchDocumentSource {
  return {
    kind: "cooperative",
    record_id: cooperative.id,
    handle: cooperative.handle,
    names: names(cooperative.name),
    words: indexWords(...texts(cooperative.name), ...texts(cooperative.commune), ...provinceNames(cooperative.province)),
    title_words: indexWords(...texts(cooperative.name)),
    sales_channel_ids: [],
    cooperative_handle: cooperative.handle,
    province: cooperative.province,
    category_handles: [],
    labels: [],
    edition_handles: cooperative.edition_handles,
    price_min: null,
    in_stock: false,
    listed_at: new Date(cooperative.created_at),
  }
}
