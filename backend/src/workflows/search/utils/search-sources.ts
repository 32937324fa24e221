import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LOCALE_TAGS, LOCALES, type Locale } from "@tadamon/shared"
import type { CooperativeSource, Localized, ProductSource } from "../../../domain/search/document"
import { type Linked, present, queryRows } from "../../../utils/query-rows"

type Translated = Map<string, Partial<Record<Locale, Record<string, string>>>>

type StoredCooperative = {
  id: string
  handle: string
  status: string
  created_at: string
  name: string
  commune: string
  province: string | null
}

type StoredCategory = {
  id: string
  handle: string
  name: string
  parent_category?: Linked<{ id: string; handle: string; parent_category?: Linked<{ id: string; handle: string }> }>
}

type StoredProduct = {
  id: string
  handle: string
  status: string
  created_at: string
  title: string
  subtitle: string | null
  description: string | null
  tags?: Linked<{ value: string }>[] | null
  sales_channels?: Linked<{ id: string }>[] | null
  categories?: Linked<StoredCategory>[] | null
  variants?: Linked<{
    manage_inventory: boolean
    allow_backorder: boolean
    prices?: Linked<{ amount: number; currency_code: string }>[] | null
    inventory_items?: Linked<{ inventory?: Linked<{ location_levels?: Linked<{ stocked_quantity: number; reserved_quantity: number }>[] | null }> }>[] | null
  }>[]
  cooperative?: Linked<StoredCooperative>
  cooperative_documents?: Linked<{ type: string; label_name: string | null; status: string; valid_until: string | null }>[] | null
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "status",
  "created_at",
  "title",
  "subtitle",
  "description",
  "tags.value",
  "sales_channels.id",
  "categories.id",
  "categories.handle",
  "categories.name",
  "categories.parent_category.id",
  "categories.parent_category.handle",
  "categories.parent_category.parent_category.id",
  "categories.parent_category.parent_category.handle",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "cooperative.id",
  "cooperative.handle",
  "cooperative.status",
  "cooperative.created_at",
  "cooperative.name",
  "cooperative.commune",
  "cooperative.province",
  "cooperative_documents.type",
  "cooperative_documents.label_name",
  "cooperative_documents.status",
  "cooperative_documents.valid_until",
]

const COOPERATIVE_FIELDS = ["id", "handle", "status", "created_at", "name", "commune", "province"]

/** Translations of some records by id and locale (Arabic, the stored text, is not among them). */
async function translationsOf(scope: MedusaContainer, ids: string[]): Promise<Translated> {
  const byId: Translated = new Map()
  if (!ids.length) {
    return byId
  }
  const localeOf = new Map(LOCALES.map((locale) => [LOCALE_TAGS[locale], locale]))
  const rows = await scope.resolve(Modules.TRANSLATION).listTranslations({ reference_id: ids }, { take: null })
  for (const row of rows) {
    const locale = localeOf.get(row.locale_code)
    if (locale) {
      const known = byId.get(row.reference_id) ?? {}
      known[locale] = (row.translations ?? {}) as Record<string, string>
      byId.set(row.reference_id, known)
    }
  }
  return byId
}

function localized(translations: Translated, id: string, field: string, stored: string | null | undefined): Localized {
  const known = translations.get(id) ?? {}
  return { ar: stored, fr: known.fr?.[field], en: known.en?.[field] }
}

/** The market editions each cooperative takes part in, by cooperative id. */
async function editionsOf(scope: MedusaContainer, cooperativeIds: string[]): Promise<Map<string, string[]>> {
  const byCooperative = new Map<string, string[]>()
  if (!cooperativeIds.length) {
    return byCooperative
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<{ handle: string; participants?: Linked<{ cooperative_id: string }>[] | null }>(query, {
    entity: "edition",
    fields: ["handle", "participants.cooperative_id"],
  })
  const wanted = new Set(cooperativeIds)
  for (const edition of rows) {
    for (const { cooperative_id } of present(edition.participants)) {
      if (wanted.has(cooperative_id)) {
        byCooperative.set(cooperative_id, [...(byCooperative.get(cooperative_id) ?? []), edition.handle])
      }
    }
  }
  return byCooperative
}

function cooperativeSource(stored: StoredCooperative, translations: Translated, editions: Map<string, string[]>): CooperativeSource {
  return {
    id: stored.id,
    handle: stored.handle,
    status: stored.status,
    created_at: stored.created_at,
    name: localized(translations, stored.id, "name", stored.name),
    commune: localized(translations, stored.id, "commune", stored.commune),
    province: stored.province,
    edition_handles: editions.get(stored.id) ?? [],
  }
}

function variantAvailable(variant: NonNullable<NonNullable<StoredProduct["variants"]>[number]>): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) {
    return true
  }
  return present(variant.inventory_items).some((item) =>
    present(item.inventory?.location_levels).some((level) => Number(level.stocked_quantity) - Number(level.reserved_quantity) > 0)
  )
}

/** The products (by id) as the search index reads them; unknown ids are left out. */
export async function productSources(scope: MedusaContainer, ids: string[]): Promise<ProductSource[]> {
  if (!ids.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<StoredProduct>(query, { entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
  const categories = rows.flatMap((product) => present(product.categories))
  const cooperatives = rows.flatMap((product) => (product.cooperative ? [product.cooperative] : []))
  const [translations, editions] = await Promise.all([
    translationsOf(scope, [...new Set([...ids, ...categories.map((category) => category.id), ...cooperatives.map((cooperative) => cooperative.id)])]),
    editionsOf(scope, [...new Set(cooperatives.map((cooperative) => cooperative.id))]),
  ])
  return rows.map((product) => ({
    id: product.id,
    handle: product.handle,
    status: product.status,
    created_at: product.created_at,
    title: localized(translations, product.id, "title", product.title),
    subtitle: localized(translations, product.id, "subtitle", product.subtitle),
    description: localized(translations, product.id, "description", product.description),
    tags: present(product.tags).map((tag) => tag.value),
    sales_channel_ids: present(product.sales_channels).map((channel) => channel.id),
    categories: present(product.categories).map((category) => ({
      handles: [category.handle, category.parent_category?.handle, category.parent_category?.parent_category?.handle].filter(
        (handle): handle is string => !!handle
      ),
      name: localized(translations, category.id, "name", category.name),
    })),
    variant_prices: present(product.variants).map((variant) => {
      const amounts = present(variant.prices)
        .filter((price) => price.currency_code?.toLowerCase() === "mad")
        .map((price) => Number(price.amount))
      return amounts.length ? Math.min(...amounts) : null
    }),
    variant_available: present(product.variants).map(variantAvailable),
    cooperative: product.cooperative ? cooperativeSource(product.cooperative, translations, editions) : null,
    labels: present(product.cooperative_documents).map((document) => ({
      type: document.type,
      name: document.label_name,
      status: document.status,
      valid_until: document.valid_until,
    })),
  }))
}

/** The cooperatives (by id) as the search index reads them; unknown ids are left out. */
export async function cooperativeSources(scope: MedusaContainer, ids: string[]): Promise<CooperativeSource[]> {
  if (!ids.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<StoredCooperative>(query, { entity: "cooperative", fields: COOPERATIVE_FIELDS, filters: { id: ids } })
  const [translations, editions] = await Promise.all([translationsOf(scope, ids), editionsOf(scope, ids)])
  return rows.map((stored) => cooperativeSource(stored, translations, editions))
}

/** Ids of every record of a kind, a page at a time (a full rebuild walks them). */
export async function pageOfIds(scope: MedusaContainer, entity: "product" | "cooperative", skip: number, take: number): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<{ id: string }>(query, { entity, fields: ["id"], pagination: { skip, take, order: { id: "ASC" } } })
  return rows.map((row) => row.id)
}
