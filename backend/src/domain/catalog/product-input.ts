import type { Locale } from "@tadamon/shared"

/** The currency every Tadamon price is in (major units). */
export const PRODUCT_CURRENCY = "mad"

export type ProductTranslationsInput = Partial<Record<Exclude<Locale, "ar">, { title?: string | null; description?: string | null }>>

export type CooperativeProductVariantInput = {
  /** An existing variant (updates only). */
  id?: string
  option_value: string
  title?: string
  /** MAD, major units. */
  price: number
  stock?: number
}

/** The editable content of a cooperative's listing (every field optional on update). */
export type CooperativeProductFields = {
  title?: string
  description?: string | null
  translations?: ProductTranslationsInput
  category_ids?: string[]
  option_title?: string
  variants?: CooperativeProductVariantInput[]
  images?: string[]
  label_document_ids?: string[]
}

export type CreateCooperativeProductInput = CooperativeProductFields & {
  cooperative_id: string
  title: string
  option_title: string
  variants: CooperativeProductVariantInput[]
  status?: "draft" | "proposed"
}

export type UpdateCooperativeProductInput = CooperativeProductFields & { cooperative_id: string; product_id: string }

/** Translation rows (reference "product") to create for the given texts. */
export function productTranslationTexts(translations: ProductTranslationsInput | undefined): Array<{ locale: Exclude<Locale, "ar">; text: Record<string, string> }> {
  return (["fr", "en"] as const).flatMap((locale) => {
    const given = translations?.[locale]
    if (!given) {
      return []
    }
    const text = Object.fromEntries(
      (["title", "description"] as const).flatMap((field) => {
        const value = given[field]?.trim()
        return value ? [[field, value]] : []
      })
    )
    return [{ locale, text }]
  })
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index])
}

/** The same values, whatever their order or repetitions (["a", "a"] and ["a", "b"] differ). */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((value) => right.has(value))
}

export function optionKey(value: string): string {
  return value.trim().toLowerCase()
}
