import type { HttpTypes } from "@medusajs/types"

/** At or below this many units left, the product page says "only N left". */
export const LOW_STOCK_THRESHOLD = 5

export type StockState =
  | { status: "in_stock" }
  | { status: "low_stock"; quantity: number }
  | { status: "out_of_stock" }

type StockedVariant = Pick<HttpTypes.StoreProductVariant, "manage_inventory" | "allow_backorder" | "inventory_quantity">

/** What a visitor may expect from a variant, from the quantity the Store API reports. */
export function stockState(variant: StockedVariant): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder === true) {
    return { status: "in_stock" }
  }
  const quantity = Math.max(0, Math.floor(variant.inventory_quantity ?? 0))
  if (quantity === 0) {
    return { status: "out_of_stock" }
  }
  if (quantity <= LOW_STOCK_THRESHOLD) {
    return { status: "low_stock", quantity }
  }
  return { status: "in_stock" }
}
