import { isSellable, quantityProblem, type SellableVariant } from "../cart-lines"

type Product = NonNullable<SellableVariant["product"]>

const STORE = "sc_store"
const variant = (product: Partial<Product> | null = {}): SellableVariant => ({
  id: "variant_honey_500g",
  title: "500 g",
  product:
    product === null
      ? null
      : {
          title: "Miel de thym",
          status: "published",
          sales_channels: [{ id: STORE }],
          cooperative: { status: "approved" },
          ...product,
        },
})

describe("a cart line's quantity", () => {
  it("is a whole number of units from 1 to 99", () => {
    for (const quantity of [1, 2, 12, 99]) {
      expect(quantityProblem("items.0.quantity", quantity)).toEqual([])
    }
  })

  it("refuses zero, negatives, fractions, more than 99 and anything that is not a number, naming the field", () => {
    for (const quantity of [0, -1, 1.5, 0.999, 100, 1000, Number.NaN, Number.POSITIVE_INFINITY, "2", "", null, undefined, [1], { quantity: 1 }]) {
      expect(quantityProblem("items.3.quantity", quantity)).toEqual([{ field: "items.3.quantity", code: "invalid_quantity" }])
    }
  })

  it("allows zero only where the update removes the line, and never more than 99 or a fraction", () => {
    expect(quantityProblem("quantity", 0, { allowZero: true })).toEqual([])
    expect(quantityProblem("quantity", 99, { allowZero: true })).toEqual([])
    for (const quantity of [-1, 0.5, 100, "0"]) {
      expect(quantityProblem("quantity", quantity, { allowZero: true })).toEqual([{ field: "quantity", code: "invalid_quantity" }])
    }
    expect(quantityProblem("quantity", 0, { allowZero: false })).toEqual([{ field: "quantity", code: "invalid_quantity" }])
  })
})

describe("whether a variant is for sale in a cart", () => {
  it("is for sale when its product is published, its cooperative approved, and it is in the cart's sales channel", () => {
    expect(isSellable(variant(), STORE)).toBe(true)
    expect(isSellable(variant({ sales_channels: [null, { id: "sc_fair" }, { id: STORE }] }), STORE)).toBe(true)
  })

  it("is not for sale while its product is a draft, under review or rejected", () => {
    for (const status of ["draft", "proposed", "rejected", null, undefined]) {
      expect(isSellable(variant({ status }), STORE)).toBe(false)
    }
  })

  it("is not for sale when its cooperative is pending, suspended or unknown, even if the product was published", () => {
    for (const cooperative of [{ status: "pending" }, { status: "suspended" }, { status: null }, {}, null, undefined]) {
      expect(isSellable(variant({ cooperative }), STORE)).toBe(false)
    }
  })

  it("is not for sale outside the cart's sales channel, or in a cart without one", () => {
    expect(isSellable(variant({ sales_channels: [{ id: "sc_fair" }] }), STORE)).toBe(false)
    expect(isSellable(variant({ sales_channels: [] }), STORE)).toBe(false)
    expect(isSellable(variant({ sales_channels: null }), STORE)).toBe(false)
    for (const channel of [null, undefined, ""]) {
      expect(isSellable(variant(), channel)).toBe(false)
    }
  })

  it("is not for sale when the variant or its product no longer exists", () => {
    expect(isSellable(undefined, STORE)).toBe(false)
    expect(isSellable(variant(null), STORE)).toBe(false)
  })
})
