import type { HttpTypes } from "@medusajs/types"

/** The variant named in `?variant=`, or the first one when the id is missing or unknown. */
export function selectVariant(
  variants: readonly HttpTypes.StoreProductVariant[] | null | undefined,
  requestedId: string | undefined
): HttpTypes.StoreProductVariant | undefined {
  const list = variants ?? []
  return list.find((variant) => variant.id === requestedId) ?? list[0]
}

/** "500 g / Thyme" from the variant's option values (translated by the backend), else its title. */
export function variantLabel(variant: HttpTypes.StoreProductVariant): string {
  const values = (variant.options ?? []).map((option) => option.value).filter(Boolean)
  return values.length > 0 ? values.join(" / ") : (variant.title ?? "")
}
