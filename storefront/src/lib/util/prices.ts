import type { HttpTypes } from "@medusajs/types"
import { CURRENCY_CODE } from "@tadamon/shared/money"

/** A variant's price for the region, in major units (dirhams), as the Store API computed it. */
export type Price = {
  amount: number
  /** The list price when a price list or sale lowers it; null otherwise. */
  originalAmount: number | null
  currencyCode: string
}

type PricedVariant = Pick<HttpTypes.StoreProductVariant, "calculated_price">

export function variantPrice(variant: PricedVariant): Price | null {
  const price = variant.calculated_price
  if (!price || price.calculated_amount === null || price.calculated_amount === undefined) {
    return null
  }
  const original = price.original_amount
  return {
    amount: price.calculated_amount,
    originalAmount: original !== null && original !== undefined && original > price.calculated_amount ? original : null,
    currencyCode: price.currency_code ?? CURRENCY_CODE,
  }
}

/** The lowest price among a product's variants, and whether the variants cost different amounts. */
export function lowestPrice(variants: readonly PricedVariant[] | null | undefined): (Price & { varies: boolean }) | null {
  const prices = (variants ?? []).map(variantPrice).filter((price): price is Price => price !== null)
  if (prices.length === 0) {
    return null
  }
  const lowest = prices.reduce((min, price) => (price.amount < min.amount ? price : min))
  return { ...lowest, varies: prices.some((price) => price.amount !== lowest.amount) }
}
