/** Store API records for the unit tests, with every field Medusa's types require. */
import type { HttpTypes } from "@medusajs/types"

/** A variant's calculated price in MAD (`original` above `amount`: on sale). */
export function calculatedPrice(amount: number, original = amount): HttpTypes.StoreProductVariant["calculated_price"] {
  return {
    id: "price_set",
    is_calculated_price_price_list: false,
    is_calculated_price_tax_inclusive: false,
    calculated_amount: amount,
    calculated_amount_with_tax: null,
    calculated_amount_without_tax: null,
    original_amount: original,
    original_amount_with_tax: null,
    original_amount_without_tax: null,
    currency_code: "mad",
  }
}

/** A variant in stock (10 units, inventory managed, no price unless given). */
export function storeVariant(overrides: Partial<HttpTypes.StoreProductVariant>): HttpTypes.StoreProductVariant {
  return {
    id: "variant_1",
    title: "500 g",
    sku: null,
    barcode: null,
    ean: null,
    upc: null,
    thumbnail: null,
    allow_backorder: false,
    manage_inventory: true,
    inventory_quantity: 10,
    hs_code: null,
    origin_country: null,
    mid_code: null,
    material: null,
    weight: null,
    length: null,
    height: null,
    width: null,
    options: null,
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
    deleted_at: null,
    ...overrides,
  }
}
