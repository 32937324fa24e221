import type { CreateTranslationDTO } from "@medusajs/framework/types"
import { LOCALE_TAGS, type LocalizedText } from "@tadamon/shared"
import { flattenCategories } from "./categories"
import { PRODUCTS, variantSku, type SeedProduct } from "./products"
import { REGION_NAME_EN } from "./store"

/**
 * The French and English translations of the seeded catalog, as Translation Module records.
 * Arabic is the stored text of every record; cooperatives get theirs from their own workflow.
 */

const TRANSLATED_LOCALES = ["fr", "en"] as const

/** One record per translated locale, with the given fields (undefined ones skipped). */
export function translationsOf(
  reference: string,
  referenceId: string,
  fields: Record<string, LocalizedText | undefined>
): CreateTranslationDTO[] {
  return TRANSLATED_LOCALES.map((locale) => ({
    reference,
    reference_id: referenceId,
    locale_code: LOCALE_TAGS[locale],
    translations: Object.fromEntries(Object.entries(fields).flatMap(([field, text]) => (text ? [[field, text[locale]]] : []))),
  }))
}

/** A seeded product as stored, with the ids its translations refer to. */
export type StoredProduct = {
  id: string
  handle: string
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: { id: string; sku: string | null }[]
}

export function categoryTranslations(categoryIds: Map<string, string>): CreateTranslationDTO[] {
  return flattenCategories().flatMap((category) => {
    const id = categoryIds.get(category.handle)
    return id ? translationsOf("product_category", id, { name: category.name, description: category.description }) : []
  })
}

/** Product, option, option values and variants; records are matched by handle, Arabic text and SKU. */
export function productTranslations(stored: StoredProduct[], products: readonly SeedProduct[] = PRODUCTS): CreateTranslationDTO[] {
  const byHandle = new Map(stored.map((row) => [row.handle, row]))
  return products.flatMap((product) => {
    const row = byHandle.get(product.handle)
    if (!row) {
      return []
    }
    const option = row.options.find((candidate) => candidate.title === product.option.ar)
    const variantBySku = new Map(product.variants.map((variant) => [variantSku(product, variant), variant]))
    return [
      ...translationsOf("product", row.id, { title: product.title, subtitle: product.subtitle, description: product.description }),
      ...(option ? translationsOf("product_option", option.id, { title: product.option }) : []),
      ...(option?.values ?? []).flatMap((value) => {
        const seeded = product.variants.find((variant) => variant.value.ar === value.value)
        return seeded ? translationsOf("product_option_value", value.id, { value: seeded.value }) : []
      }),
      ...row.variants.flatMap((variant) => {
        const seeded = variant.sku ? variantBySku.get(variant.sku) : undefined
        return seeded ? translationsOf("product_variant", variant.id, { title: seeded.value }) : []
      }),
    ]
  })
}

/** The region's name is stored as "Maroc"; English readers get "Morocco". */
export function regionTranslations(regionId: string): CreateTranslationDTO[] {
  return [{ reference: "region", reference_id: regionId, locale_code: LOCALE_TAGS.en, translations: { name: REGION_NAME_EN } }]
}
