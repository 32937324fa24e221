import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  documentCounts,
  LOW_STOCK_THRESHOLD,
  type LabelDocumentType,
  type ProductReview,
  type VendorProduct,
  type VendorProductStatus,
  type VendorProductSummary,
  type VendorProductVariant,
} from "@tadamon/shared"

const SUMMARY_FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.created_at",
  "variants.variant_rank",
  "variants.options.value",
  "variants.price_set.prices.amount",
  "variants.price_set.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
]

const DETAIL_FIELDS = [
  ...SUMMARY_FIELDS,
  "description",
  "images.id",
  "images.url",
  "images.rank",
  "categories.id",
  "categories.name",
  "categories.handle",
  "options.id",
  "options.title",
  "cooperative_documents.id",
  "cooperative_documents.type",
  "cooperative_documents.label_name",
  "cooperative_documents.status",
  "cooperative_documents.valid_until",
]

type Scope = MedusaContainer

type StoredVariant = {
  id: string
  title: string | null
  sku?: string | null
  created_at?: string | Date | null
  variant_rank?: number | null
  options?: Array<{ value: string } | null> | null
  price_set?: { prices?: Array<{ amount: number | string; currency_code: string } | null> | null } | null
  inventory_items?: Array<{ inventory_item_id: string } | null> | null
}

type StoredProduct = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail?: string | null
  metadata?: Record<string, unknown> | null
  created_at: string | Date
  updated_at: string | Date
  variants?: Array<StoredVariant | null> | null
}

type Levels = Map<string, { stocked: number; reserved: number }>

async function cooperativeContext(scope: Scope, cooperativeId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({ entity: "cooperative", fields: ["id", "stock_location.id", "products.id"], filters: { id: cooperativeId } })
  return {
    productIds: (cooperative?.products ?? []).flatMap((product) => (product ? [product.id] : [])),
    locationId: cooperative?.stock_location?.id ?? null,
  }
}

async function stockLevels(scope: Scope, products: StoredProduct[], locationId: string | null): Promise<Levels> {
  const itemIds = products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => (variant?.inventory_items ?? []).flatMap((link) => (link ? [link.inventory_item_id] : [])))
  )
  const levels: Levels = new Map()
  if (!locationId || !itemIds.length) {
    return levels
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"],
    filters: { inventory_item_id: itemIds, location_id: locationId },
  })
  for (const level of data) {
    levels.set(level.inventory_item_id, { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) })
  }
  return levels
}

function toVariant(variant: StoredVariant, levels: Levels): VendorProductVariant {
  const itemId = variant.inventory_items?.find((link) => !!link)?.inventory_item_id
  const level = itemId ? levels.get(itemId) : undefined
  const price = variant.price_set?.prices?.find((candidate) => candidate?.currency_code === "mad")?.amount
  const stock = level?.stocked ?? 0
  const reserved = level?.reserved ?? 0
  return {
    id: variant.id,
    title: variant.title ?? "",
    sku: variant.sku ?? null,
    option_value: variant.options?.find((option) => !!option)?.value ?? null,
    price: price === undefined ? null : Number(price),
    stock,
    reserved,
    low_stock: stock - reserved <= LOW_STOCK_THRESHOLD,
  }
}

function reviewOf(metadata: Record<string, unknown> | null | undefined): ProductReview | null {
  const review = metadata?.review
  if (!review || typeof review !== "object") {
    return null
  }
  const { status, reason, at } = review as Record<string, unknown>
  return status === "published" || status === "rejected"
    ? { status, reason: typeof reason === "string" ? reason : null, at: typeof at === "string" ? at : "" }
    : null
}

function iso(value: string | Date): string {
  return new Date(value).toISOString()
}

function toSummary(product: StoredProduct, levels: Levels): VendorProductSummary {
  const variants = (product.variants ?? [])
    .flatMap((variant) => (variant ? [variant] : []))
    // In the order the cooperative gave them (variants created together share their created_at).
    .sort(
      (a, b) =>
        (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
        new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() ||
        a.id.localeCompare(b.id)
    )
    .map((variant) => toVariant(variant, levels))
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    status: product.status as VendorProductStatus,
    thumbnail: product.thumbnail ?? null,
    review: reviewOf(product.metadata),
    low_stock: variants.some((variant) => variant.low_stock),
    variants,
    created_at: iso(product.created_at),
    updated_at: iso(product.updated_at),
  }
}

export type VendorProductFilters = { status?: VendorProductStatus[]; q?: string; limit?: number; offset?: number }

/** The cooperative's products (archived ones excluded), newest first. */
export async function listVendorProducts(scope: Scope, cooperativeId: string, filters: VendorProductFilters) {
  const { productIds, locationId } = await cooperativeContext(scope, cooperativeId)
  const limit = filters.limit ?? 20
  const offset = filters.offset ?? 0
  if (!productIds.length) {
    return { products: [], count: 0, limit, offset }
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: SUMMARY_FIELDS,
    filters: {
      id: productIds,
      ...(filters.status?.length ? { status: filters.status } : {}),
      ...(filters.q ? { q: filters.q } : {}),
    },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const products = data as StoredProduct[]
  const levels = await stockLevels(scope, products, locationId)
  return { products: products.map((product) => toSummary(product, levels)), count: metadata?.count ?? products.length, limit, offset }
}

/** One of the cooperative's products in full; another cooperative's is a 404. */
export async function retrieveVendorProduct(scope: Scope, cooperativeId: string, productId: string): Promise<VendorProduct> {
  const { productIds, locationId } = await cooperativeContext(scope, cooperativeId)
  if (!productIds.includes(productId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: DETAIL_FIELDS, filters: { id: productId } })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  }
  const stored = product as StoredProduct
  const levels = await stockLevels(scope, [stored], locationId)
  const summary = toSummary(stored, levels)
  const translationRows = await scope.resolve(Modules.TRANSLATION).listTranslations({ reference: "product", reference_id: productId })
  const translations: VendorProduct["translations"] = {}
  for (const row of translationRows) {
    const locale = row.locale_code.startsWith("fr") ? "fr" : row.locale_code.startsWith("en") ? "en" : null
    if (locale) {
      const text = (row.translations ?? {})
      translations[locale] = {
        title: typeof text.title === "string" ? text.title : null,
        description: typeof text.description === "string" ? text.description : null,
      }
    }
  }
  const option = (product.options ?? []).find((candidate) => !!candidate)
  const now = new Date()
  return {
    ...summary,
    description: product.description ?? null,
    translations,
    categories: (product.categories ?? []).flatMap((category) =>
      category ? [{ id: category.id, name: category.name, handle: category.handle }] : []
    ),
    option: option
      ? {
          id: option.id,
          title: option.title,
          values: [...new Set(summary.variants.flatMap((variant) => (variant.option_value ? [variant.option_value] : [])))],
        }
      : null,
    images: [...(product.images ?? [])]
      .flatMap((image) => (image ? [image] : []))
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => ({ id: image.id, url: image.url })),
    labels: (product.cooperative_documents ?? []).flatMap((document) =>
      document
        ? [
            {
              document_id: document.id,
              type: document.type as LabelDocumentType,
              label_name: document.label_name ?? null,
              is_valid: documentCounts({ status: document.status, valid_until: document.valid_until ?? null }, now),
            },
          ]
        : []
    ),
  }
}
