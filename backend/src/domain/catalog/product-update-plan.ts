import type { CreateTranslationDTO, LinkDefinition, UpdateTranslationDTO } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { LOCALE_TAGS } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { invalidField } from "../../utils/field-error"
import { optionKey, PRODUCT_CURRENCY, sameList, sameSet, type UpdateCooperativeProductInput } from "./product-input"
import { skuPrefix } from "./sku"

type PriceInput = { amount: number; currency_code: string }

const TRANSLATED_FIELDS = ["title", "description"] as const

export type ProductUpdatePlan = {
  product_id: string
  cooperative_id: string
  stock_location_id: string | null
  /** `updateProductsWorkflow` input for the product itself, or null when nothing changes there. */
  product: {
    id: string
    title?: string
    description?: string | null
    category_ids?: string[]
    images?: { url: string }[]
    thumbnail?: string | null
    status?: ProductStatus
    sales_channels?: { id: string }[]
  } | null
  /** The product's option: its id, the title to set (when renamed) and every value it must offer. */
  option: { id: string; title: string; rename: boolean; values: string[]; new_values: string[] } | null
  delete_variant_ids: string[]
  update_variants: Array<{ id: string; title?: string; variant_rank?: number; options?: Record<string, string>; prices?: PriceInput[] }>
  create_variants: Array<{
    product_id: string
    title: string
    variant_rank: number
    sku: string
    options: Record<string, string>
    manage_inventory: true
    prices: PriceInput[]
  }>
  /** Wanted stock per variant id (existing) or SKU (new). */
  stock_by_variant: Record<string, number>
  stock_by_sku: Record<string, number>
  translations: { create: CreateTranslationDTO[]; update: UpdateTranslationDTO[]; delete: string[] }
  link_labels: LinkDefinition[]
  unlink_labels: LinkDefinition[]
  /** A material change sent a published (or rejected) product back to review. */
  back_to_review: boolean
}

/** The stored listing as the plan reads it (`OWN_PRODUCT_FIELDS`; Query may give null entries). */
export type StoredListing = {
  id: string
  title: string
  description?: string | null
  status: string
  images?: ({ url: string; rank?: number | null } | null)[] | null
  categories?: ({ id: string } | null)[] | null
  options?: ({ id: string; title: string; values?: ({ value: string } | null)[] | null } | null)[] | null
  variants?: ({
    id: string
    title?: string | null
    variant_rank?: number | null
    options?: ({ value: string } | null)[] | null
    price_set?: { prices?: ({ amount?: unknown; currency_code?: string | null } | null)[] | null } | null
  } | null)[] | null
  cooperative?: { handle?: string | null; stock_location?: { id: string } | null } | null
  cooperative_documents?: ({ id: string } | null)[] | null
}

/** A stored translation row of the product (reference "product"). */
export type StoredProductTranslation = { id: string; locale_code: string; translations?: Record<string, unknown> | null }

/**
 * Compares an edit of a listing with the stored product and plans every write: product fields,
 * variants to delete, update and create (with the option values they need), stock, translations,
 * label links. A change a customer can read (title, description, translations, images, labels,
 * categories, prices, variants added, removed or retitled, the option's title or values) of a
 * published or rejected product sends it back to `proposed` and out of the store; stock and the
 * order of variants do not. Pure: the step reads the product and its translations.
 */
export function planProductUpdate(
  product: StoredListing,
  input: UpdateCooperativeProductInput,
  stored: StoredProductTranslation[]
): ProductUpdatePlan {
  let material = false
  const productUpdate: NonNullable<ProductUpdatePlan["product"]> = { id: product.id }

  if (input.title !== undefined && input.title.trim() !== product.title) {
    productUpdate.title = input.title.trim()
    material = true
  }
  if (input.description !== undefined) {
    const description = input.description?.trim() || null
    if (description !== (product.description ?? null)) {
      productUpdate.description = description
      material = true
    }
  }
  if (input.category_ids !== undefined) {
    const current = (product.categories ?? []).flatMap((category) => (category ? [category.id] : []))
    if (!sameSet(current, input.category_ids)) {
      productUpdate.category_ids = input.category_ids
      material = true
    }
  }
  if (input.images !== undefined) {
    const current = [...(product.images ?? [])]
      .flatMap((image) => (image ? [image] : []))
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => image.url)
    if (!sameList(current, input.images)) {
      productUpdate.images = input.images.map((url) => ({ url }))
      productUpdate.thumbnail = input.images[0] ?? null
      material = true
    }
  }

  // Variants: the list given is the whole list.
  const option = (product.options ?? []).find((candidate) => !!candidate)
  const optionTitle = input.option_title?.trim() || option?.title || ""
  const storedVariants = (product.variants ?? []).flatMap((variant) => (variant ? [variant] : []))
  const plan: Omit<ProductUpdatePlan, "product" | "back_to_review" | "translations" | "link_labels" | "unlink_labels"> = {
    product_id: product.id,
    cooperative_id: input.cooperative_id,
    stock_location_id: product.cooperative?.stock_location?.id ?? null,
    option: null,
    delete_variant_ids: [],
    update_variants: [],
    create_variants: [],
    stock_by_variant: {},
    stock_by_sku: {},
  }
  const optionValues = new Map((option?.values ?? []).flatMap((value) => (value ? [[optionKey(value.value), value.value] as const] : [])))
  const wantedValues: string[] = []
  if (input.variants !== undefined) {
    const prefix = skuPrefix(product.cooperative?.handle ?? "coop")
    for (const [index, variant] of input.variants.entries()) {
      const value = optionValues.get(optionKey(variant.option_value)) ?? variant.option_value.trim()
      wantedValues.push(value)
      if (variant.id) {
        const stored = storedVariants.find((candidate) => candidate.id === variant.id)
        if (!stored) {
          throw invalidField(`variants.${index}.id`, "invalid_value")
        }
        const update: ProductUpdatePlan["update_variants"][number] = { id: stored.id }
        const title = variant.title?.trim() || value
        if (title !== stored.title) {
          update.title = title
          material = true
        }
        if ((stored.variant_rank ?? 0) !== index) {
          update.variant_rank = index
        }
        const storedValue = stored.options?.find((candidate) => !!candidate)?.value
        if (storedValue !== value) {
          update.options = { [optionTitle]: value }
          material = true
        }
        const storedPrice = stored.price_set?.prices?.find((price) => price?.currency_code === PRODUCT_CURRENCY)?.amount
        if (storedPrice === undefined || Number(storedPrice) !== variant.price) {
          update.prices = [{ amount: variant.price, currency_code: PRODUCT_CURRENCY }]
          material = true
        }
        if (Object.keys(update).length > 1) {
          plan.update_variants.push(update)
        }
        if (variant.stock !== undefined) {
          plan.stock_by_variant[stored.id] = variant.stock
        }
      } else {
        const sku = `${prefix}-${index + 1}`
        plan.create_variants.push({
          product_id: product.id,
          title: variant.title?.trim() || value,
          variant_rank: index,
          sku,
          options: { [optionTitle]: value },
          manage_inventory: true,
          prices: [{ amount: variant.price, currency_code: PRODUCT_CURRENCY }],
        })
        plan.stock_by_sku[sku] = variant.stock ?? 0
        material = true
      }
    }
    const kept = new Set(input.variants.flatMap((variant) => (variant.id ? [variant.id] : [])))
    plan.delete_variant_ids = storedVariants.filter((variant) => !kept.has(variant.id)).map((variant) => variant.id)
    if (plan.delete_variant_ids.length) {
      material = true
    }
  }
  const newValues = wantedValues.filter((value) => !optionValues.has(optionKey(value)))
  const rename = !!option && optionTitle !== option.title
  if (option && (newValues.length || rename)) {
    material = true
    plan.option = {
      id: option.id,
      title: optionTitle,
      rename,
      values: [...optionValues.values(), ...newValues],
      new_values: newValues,
    }
    if (rename) {
      // Every kept variant names its value under the new title.
      for (const variant of storedVariants) {
        const update = plan.update_variants.find((candidate) => candidate.id === variant.id)
        const value = variant.options?.find((candidate) => !!candidate)?.value
        if (plan.delete_variant_ids.includes(variant.id) || !value) {
          continue
        }
        if (update) {
          update.options = { [optionTitle]: update.options?.[optionTitle] ?? value }
        } else {
          plan.update_variants.push({ id: variant.id, options: { [optionTitle]: value } })
        }
      }
    }
  }

  // Translations (reference "product"), merged with what is stored.
  const translations: ProductUpdatePlan["translations"] = { create: [], update: [], delete: [] }
  for (const locale of ["fr", "en"] as const) {
    const given = input.translations?.[locale]
    if (!given) {
      continue
    }
    const row = stored.find((candidate) => candidate.locale_code === LOCALE_TAGS[locale])
    const current = (row?.translations ?? {})
    const merged: Record<string, string> = {}
    for (const field of TRANSLATED_FIELDS) {
      const value = field in given ? given[field]?.trim() : typeof current[field] === "string" ? current[field] : undefined
      if (value) {
        merged[field] = value
      }
    }
    const changed = TRANSLATED_FIELDS.some((field) => (merged[field] ?? null) !== (typeof current[field] === "string" ? current[field] : null))
    if (!changed) {
      continue
    }
    material = true
    if (!Object.keys(merged).length) {
      if (row) {
        translations.delete.push(row.id)
      }
    } else if (row) {
      translations.update.push({ id: row.id, translations: merged })
    } else {
      translations.create.push({ reference: "product", reference_id: product.id, locale_code: LOCALE_TAGS[locale], translations: merged })
    }
  }

  // Labels.
  const link_labels: LinkDefinition[] = []
  const unlink_labels: LinkDefinition[] = []
  if (input.label_document_ids !== undefined) {
    const current = (product.cooperative_documents ?? []).flatMap((document) => (document ? [document.id] : []))
    const labelLink = (documentId: string): LinkDefinition => ({
      [Modules.PRODUCT]: { product_id: product.id },
      [COOPERATIVE_MODULE]: { cooperative_document_id: documentId },
    })
    link_labels.push(...input.label_document_ids.filter((id) => !current.includes(id)).map(labelLink))
    unlink_labels.push(...current.filter((id) => !input.label_document_ids?.includes(id)).map(labelLink))
    if (link_labels.length || unlink_labels.length) {
      material = true
    }
  }

  const back_to_review = material && (product.status === "published" || product.status === "rejected")
  if (back_to_review) {
    productUpdate.status = ProductStatus.PROPOSED
    productUpdate.sales_channels = []
  }
  const result: ProductUpdatePlan = {
    ...plan,
    product: Object.keys(productUpdate).length > 1 ? productUpdate : null,
    translations,
    link_labels,
    unlink_labels,
    back_to_review,
  }
  return result
}
