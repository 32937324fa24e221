import type { HttpTypes } from "@medusajs/types"
import { stockState } from "./stock"

/**
 * The variant named in `?variant=`; without one (or an unknown id), the first variant that can be
 * bought, so the page opens on something to add to the cart; the first one when all are sold out.
 */
export function selectVariant(
  variants: readonly HttpTypes.StoreProductVariant[] | null | undefined,
  requestedId: string | undefined
): HttpTypes.StoreProductVariant | undefined {
  const list = variants ?? []
  return (
    list.find((variant) => variant.id === requestedId) ??
    list.find((variant) => stockState(variant).status !== "out_of_stock") ??
    list[0]
  )
}

/** "500 g / Thyme" from the variant's option values (translated by the backend), else its title. */
export function variantLabel(variant: HttpTypes.StoreProductVariant): string {
  const values = (variant.options ?? []).map((option) => option.value).filter(Boolean)
  return values.length > 0 ? values.join(" / ") : (variant.title ?? "")
}
