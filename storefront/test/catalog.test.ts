/** Helpers the catalog pages rely on: locale paths, prices, stock states, variant choice. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { LOCALES } from "@tadamon/shared/i18n"
import { localePath, queryString, switchLocalePath } from "../src/lib/paths"
import { lowestPrice, variantPrice } from "../src/lib/util/prices"
import { LOW_STOCK_THRESHOLD, stockState } from "../src/lib/util/stock"
import { selectVariant, variantLabel } from "../src/lib/util/variants"
import { calculatedPrice, storeVariant } from "./fixtures"

const variant = storeVariant
const priced = (amount: number, original = amount) => ({ calculated_price: calculatedPrice(amount, original) })

describe("locale paths", () => {
  it("prefixes paths with the locale", () => {
    assert.equal(localePath("ar"), "/ar")
    assert.equal(localePath("fr", "/products/miel"), "/fr/products/miel")
  })

  it("switches the language and keeps the path and query", () => {
    assert.equal(switchLocalePath("/fr/products/miel?variant=v_1", "ar", LOCALES), "/ar/products/miel?variant=v_1")
    assert.equal(switchLocalePath("/en", "fr", LOCALES), "/fr")
    assert.equal(
      switchLocalePath("/ar/cooperatives?province=taounate&sector=honey", "en", LOCALES),
      "/en/cooperatives?province=taounate&sector=honey"
    )
  })

  it("never builds a protocol-relative link", () => {
    assert.equal(switchLocalePath("//evil.example/x", "ar", LOCALES), "/ar/evil.example/x")
  })

  it("drops empty query values", () => {
    assert.equal(queryString({ province: "taounate", sector: undefined, page: 2 }), "?province=taounate&page=2")
    assert.equal(queryString({ province: "", page: undefined }), "")
  })
})

describe("prices", () => {
  it("reads the calculated price in major units, never divided", () => {
    assert.deepEqual(variantPrice(priced(120)), { amount: 120, originalAmount: null, currencyCode: "mad" })
  })

  it("keeps the original price only when it is higher", () => {
    assert.equal(variantPrice(priced(100, 130))?.originalAmount, 130)
  })

  it("is null without a calculated price", () => {
    assert.equal(variantPrice({ calculated_price: undefined }), null)
  })

  it("finds the lowest price and whether prices vary", () => {
    assert.deepEqual(lowestPrice([priced(150), priced(80), { calculated_price: undefined }]), {
      amount: 80,
      originalAmount: null,
      currencyCode: "mad",
      varies: true,
    })
    assert.equal(lowestPrice([priced(80), priced(80)])?.varies, false)
    assert.equal(lowestPrice([]), null)
  })
})

describe("stock state", () => {
  it("is in stock above the threshold", () => {
    assert.deepEqual(stockState(variant({ inventory_quantity: LOW_STOCK_THRESHOLD + 1 })), { status: "in_stock" })
  })

  it("says how many are left at or below the threshold", () => {
    assert.deepEqual(stockState(variant({ inventory_quantity: 3 })), { status: "low_stock", quantity: 3 })
    assert.deepEqual(stockState(variant({ inventory_quantity: LOW_STOCK_THRESHOLD })), {
      status: "low_stock",
      quantity: LOW_STOCK_THRESHOLD,
    })
  })

  it("is out of stock at zero, below zero or when the quantity is missing", () => {
    assert.deepEqual(stockState(variant({ inventory_quantity: 0 })), { status: "out_of_stock" })
    assert.deepEqual(stockState(variant({ inventory_quantity: -2 })), { status: "out_of_stock" })
    assert.deepEqual(stockState(variant({ inventory_quantity: undefined })), { status: "out_of_stock" })
  })

  it("is in stock when inventory is not managed or backorders are allowed", () => {
    assert.deepEqual(stockState(variant({ manage_inventory: false, inventory_quantity: 0 })), { status: "in_stock" })
    assert.deepEqual(stockState(variant({ allow_backorder: true, inventory_quantity: 0 })), { status: "in_stock" })
  })
})

describe("variant choice", () => {
  const variants = [variant({ id: "v_a", title: "250 g" }), variant({ id: "v_b", title: "500 g" })]

  it("picks the variant named in the URL", () => {
    assert.equal(selectVariant(variants, "v_b")?.id, "v_b")
  })

  it("falls back to the first variant for a missing or unknown id", () => {
    assert.equal(selectVariant(variants, undefined)?.id, "v_a")
    assert.equal(selectVariant(variants, "v_zzz")?.id, "v_a")
    assert.equal(selectVariant([], "v_a"), undefined)
  })

  it("opens on the first variant in stock when none is asked for", () => {
    const soldOutFirst = [variant({ id: "v_out", inventory_quantity: 0 }), variant({ id: "v_in", inventory_quantity: 4 })]
    assert.equal(selectVariant(soldOutFirst, undefined)?.id, "v_in")
    assert.equal(selectVariant(soldOutFirst, "v_out")?.id, "v_out", "an explicit choice wins")
    assert.equal(selectVariant([variant({ id: "v_a", inventory_quantity: 0 })], undefined)?.id, "v_a")
  })

  it("labels a variant by its option values, else its title", () => {
    assert.equal(variantLabel(variants[0]), "250 g")
    assert.equal(
      variantLabel(variant({ options: [{ id: "o1", value: "500 g" }, { id: "o2", value: "Thym" }] })),
      "500 g / Thym"
    )
  })
})
