import { TERMS_VERSION } from "@tadamon/shared"
import { MedusaError } from "@medusajs/framework/utils"
import { sumAmounts } from "../../settlement/money"
import { cooperativeOfOrder, MissingShippingMethodError, splitCartByCooperative, type CooperativeRef, type SplittableCart } from "../split-cart"

type Item = SplittableCart["items"][number]
type Method = NonNullable<SplittableCart["shipping_methods"]>[number]

const nahl: CooperativeRef = { id: "coop_nahl", handle: "nahl", name: "Coopérative Nahl" }
const tin: CooperativeRef = { id: "coop_tin", handle: "tin", name: "تعاونية التين" }
const zrabi: CooperativeRef = { id: "coop_zrabi", handle: "zrabi", name: "Zrabi Taznakht" }

/** Each cooperative ships with its own shipping profile. */
const profileOf: Record<string, string> = { coop_nahl: "sp_nahl", coop_tin: "sp_tin", coop_zrabi: "sp_zrabi" }
const cooperativeOfProduct = new Map<string, CooperativeRef>([
  ["prod_honey", nahl],
  ["prod_amlou", nahl],
  ["prod_figs", tin],
  ["prod_rug", zrabi],
])

const item = (id: string, product: string, cooperative: CooperativeRef, overrides: Partial<Item> = {}): Item => ({
  id,
  title: `Title of ${id}`,
  quantity: 1,
  unit_price: 100,
  product_id: product,
  variant_id: `variant_${id}`,
  requires_shipping: true,
  variant: { product: { id: product, shipping_profile: { id: profileOf[cooperative.id] } } },
  ...overrides,
})
const method = (id: string, profile: string, amount: number, overrides: Partial<Method> = {}): Method => ({
  id,
  name: `Delivery ${id}`,
  amount,
  shipping_option_id: `so_${profile}`,
  shipping_option: { id: `so_${profile}`, shipping_profile_id: profile },
  ...overrides,
})

/** Honey and amlou from Nahl, figs from the fig cooperative: each with its own delivery. */
const cart = (overrides: Partial<SplittableCart> = {}): SplittableCart => ({
  id: "cart_1",
  email: "salma@example.ma",
  locale: "ar-MA",
  currency_code: "mad",
  region_id: "reg_ma",
  sales_channel_id: "sc_store",
  customer_id: "cus_1",
  metadata: null,
  shipping_address: null,
  billing_address: null,
  items: [
    item("item_honey", "prod_honey", nahl, { quantity: 2, unit_price: 120 }),
    item("item_figs", "prod_figs", tin, { quantity: 1, unit_price: 85.5 }),
    item("item_amlou", "prod_amlou", nahl, { quantity: 3, unit_price: 19.99 }),
  ],
  shipping_methods: [method("sm_nahl", "sp_nahl", 30), method("sm_tin", "sp_tin", 25)],
  ...overrides,
})

/** The error a call throws (fails the test when it throws nothing). */
function thrown(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  throw new Error("expected an error, none was thrown")
}

describe("splitting a cart into one order per cooperative", () => {
  it("gives each cooperative one order holding its own lines, cooperatives in the order they first appear", () => {
    const parts = splitCartByCooperative(cart(), cooperativeOfProduct)
    expect(parts.map((part) => [part.cooperative.id, part.item_ids])).toEqual([
      ["coop_nahl", ["item_honey", "item_amlou"]],
      ["coop_tin", ["item_figs"]],
    ])
    expect(parts[0].order.items?.map((line) => [line.title, line.quantity, line.unit_price])).toEqual([
      ["Title of item_honey", 2, 120],
      ["Title of item_amlou", 3, 19.99],
    ])
    expect(parts[1].order.items?.map((line) => [line.title, line.quantity, line.unit_price])).toEqual([["Title of item_figs", 1, 85.5]])
  })

  it("makes a single order for a cart from a single cooperative", () => {
    const parts = splitCartByCooperative(
      cart({ items: [item("item_honey", "prod_honey", nahl)], shipping_methods: [method("sm_nahl", "sp_nahl", 30)] }),
      cooperativeOfProduct
    )
    expect(parts).toHaveLength(1)
    expect(parts[0].item_ids).toEqual(["item_honey"])
    expect(parts[0].order.shipping_methods?.map((shipping) => shipping.amount)).toEqual([30])
  })

  it("gives each order the shipping method of its cooperative's shipping profile", () => {
    const [nahlPart, tinPart] = splitCartByCooperative(cart(), cooperativeOfProduct)
    expect(nahlPart.order.shipping_methods?.map((shipping) => [shipping.name, shipping.amount, shipping.shipping_option_id])).toEqual([
      ["Delivery sm_nahl", 30, "so_sp_nahl"],
    ])
    expect(tinPart.order.shipping_methods?.map((shipping) => [shipping.name, shipping.amount, shipping.shipping_option_id])).toEqual([
      ["Delivery sm_tin", 25, "so_sp_tin"],
    ])
  })

  it("neither loses nor doubles money: the orders' lines and shipping add up to the cart's", () => {
    const parts = splitCartByCooperative(cart(), cooperativeOfProduct)
    const goods = (index: number) => sumAmounts((parts[index].order.items ?? []).map((line) => Number(line.unit_price) * Number(line.quantity)))
    const shipping = (index: number) => sumAmounts((parts[index].order.shipping_methods ?? []).map((line) => Number(line.amount)))
    // Nahl: 2 × 120 + 3 × 19.99 = 299.97, delivery 30. Figs: 85.50, delivery 25.
    expect([goods(0), shipping(0)]).toEqual([299.97, 30])
    expect([goods(1), shipping(1)]).toEqual([85.5, 25])
    // The cart: 240 + 85.50 + 59.97 = 385.47 of goods, 55 of delivery.
    expect(sumAmounts([goods(0), goods(1)])).toBe(385.47)
    expect(sumAmounts([shipping(0), shipping(1)])).toBe(55)
  })

  it("gives a shipping method for no cooperative of the cart to no order", () => {
    const parts = splitCartByCooperative(
      cart({ shipping_methods: [method("sm_nahl", "sp_nahl", 30), method("sm_tin", "sp_tin", 25), method("sm_gone", "sp_gone", 40)] }),
      cooperativeOfProduct
    )
    expect(parts.flatMap((part) => (part.order.shipping_methods ?? []).map((shipping) => shipping.name))).toEqual([
      "Delivery sm_nahl",
      "Delivery sm_tin",
    ])
  })

  it("refuses a cart without the shipping method of a cooperative, naming that cooperative", () => {
    const error = thrown(() => splitCartByCooperative(cart({ shipping_methods: [method("sm_nahl", "sp_nahl", 30)] }), cooperativeOfProduct))
    expect(error).toBeInstanceOf(MissingShippingMethodError)
    expect(error).toBeInstanceOf(MedusaError)
    expect(error).toMatchObject({
      type: "invalid_data",
      cooperatives: ["تعاونية التين"],
      problems: [{ field: "shipping_methods", code: "missing_shipping_method", name: "تعاونية التين" }],
      message: "Choose a shipping method for تعاونية التين.",
    })
  })

  it("names every cooperative whose shipping method is missing, in the order of the cart", () => {
    for (const shipping_methods of [[], null]) {
      expect(thrown(() => splitCartByCooperative(cart({ shipping_methods }), cooperativeOfProduct))).toMatchObject({
        type: "invalid_data",
        cooperatives: ["Coopérative Nahl", "تعاونية التين"],
        problems: [{ field: "shipping_methods", code: "missing_shipping_method", name: "Coopérative Nahl», «تعاونية التين" }],
      })
    }
    // A method whose option has no shipping profile covers no cooperative.
    const unprofiled = method("sm_x", "sp_nahl", 30, { shipping_option: { id: "so_x", shipping_profile_id: null } })
    expect(
      thrown(() => splitCartByCooperative(cart({ shipping_methods: [unprofiled, method("sm_tin", "sp_tin", 25)] }), cooperativeOfProduct))
    ).toMatchObject({ cooperatives: ["Coopérative Nahl"] })
  })

  it("asks no shipping method for lines that need no shipping", () => {
    const voucher = item("item_voucher", "prod_rug", zrabi, { requires_shipping: false, is_giftcard: true })
    const parts = splitCartByCooperative(cart({ items: [...cart().items, voucher] }), cooperativeOfProduct)
    expect(parts.map((part) => [part.cooperative.id, part.order.shipping_methods?.length])).toEqual([
      ["coop_nahl", 1],
      ["coop_tin", 1],
      ["coop_zrabi", 0],
    ])
    expect(parts[2].order.items?.[0]).toMatchObject({ requires_shipping: false, is_giftcard: true })
  })

  it("refuses a line whose product belongs to no cooperative, naming the line", () => {
    const stray = item("item_stray", "prod_unknown", nahl, { title: "Safran de Taliouine" })
    expect(thrown(() => splitCartByCooperative(cart({ items: [...cart().items, stray] }), cooperativeOfProduct))).toMatchObject({
      type: "invalid_data",
      message: 'items: "Safran de Taliouine" is not sold by any cooperative',
    })
    const noProduct = item("item_none", "prod_honey", nahl, { title: "Sans produit", product_id: null, variant: null })
    expect(thrown(() => splitCartByCooperative(cart({ items: [noProduct] }), cooperativeOfProduct))).toMatchObject({
      message: 'items: "Sans produit" is not sold by any cooperative',
    })
  })

  it("finds a line's cooperative through its variant's product, else through its own product id", () => {
    // The variant's product wins over a stale product id on the line.
    const viaVariant = item("item_a", "prod_figs", tin, { product_id: "prod_honey" })
    const viaProductId = item("item_b", "prod_rug", zrabi, { variant: null, requires_shipping: false })
    const parts = splitCartByCooperative(
      cart({ items: [viaVariant, viaProductId], shipping_methods: [method("sm_tin", "sp_tin", 25)] }),
      cooperativeOfProduct
    )
    expect(parts.map((part) => [part.cooperative.id, part.item_ids])).toEqual([
      ["coop_tin", ["item_a"]],
      ["coop_zrabi", ["item_b"]],
    ])
  })

  it("carries metadata: each line's own with its cart line, the option's under the method's, the cart and cooperative on the order", () => {
    const honey = item("item_honey", "prod_honey", nahl, { metadata: { gift_note: "لأمي", cart_item_id: "forged" } })
    const delivery = method("sm_nahl", "sp_nahl", 30, {
      metadata: { delivery_estimate: "1-2" },
      shipping_option: { id: "so_sp_nahl", shipping_profile_id: "sp_nahl", metadata: { kind: "home_delivery", delivery_estimate: "2-4" } },
    })
    const [part] = splitCartByCooperative(
      cart({ items: [honey], shipping_methods: [delivery], metadata: { tadamon_attribution: { channel: "stand_qr" } } }),
      cooperativeOfProduct
    )
    expect(part.order.items?.[0].metadata).toEqual({ gift_note: "لأمي", cart_item_id: "item_honey" })
    // (Medusa's CreateOrderShippingMethodDTO does not declare the metadata it takes.)
    expect(part.order.shipping_methods?.[0]).toEqual(expect.objectContaining({ metadata: { kind: "home_delivery", delivery_estimate: "1-2" } }))
    // The cart's own metadata (its attribution) goes to the order group, not to the orders.
    expect(part.order.metadata).toEqual({ cart_id: "cart_1", cooperative_id: "coop_nahl" })

    const [bare] = splitCartByCooperative(
      cart({ items: [item("item_honey", "prod_honey", nahl)], shipping_methods: [method("sm_nahl", "sp_nahl", 30)] }),
      cooperativeOfProduct
    )
    expect(bare.order.items?.[0].metadata).toEqual({ cart_item_id: "item_honey" })
    expect(bare.order.shipping_methods?.[0]).toEqual(expect.objectContaining({ metadata: {} }))
  })

  it("gives every order the terms of sale the customer accepted, and only an acceptance of the terms in force", () => {
    const acceptance = { version: TERMS_VERSION, accepted_at: "2026-12-21T11:00:00.000Z" }
    const lines = [item("item_honey", "prod_honey", nahl), item("item_figs", "prod_figs", tin)]
    const methods = [method("sm_nahl", "sp_nahl", 30), method("sm_tin", "sp_tin", 25)]
    const parts = splitCartByCooperative(
      cart({ items: lines, shipping_methods: methods, metadata: { terms_acceptance: { ...acceptance, note: "forged" } } }),
      cooperativeOfProduct
    )
    expect(parts.map((part) => part.order.metadata?.terms_acceptance)).toEqual([acceptance, acceptance])
    const [stale] = splitCartByCooperative(
      cart({ items: lines, shipping_methods: methods, metadata: { terms_acceptance: { version: "2019-01-01", accepted_at: "x" } } }),
      cooperativeOfProduct
    )
    expect(stale.order.metadata).toEqual({ cart_id: "cart_1", cooperative_id: "coop_nahl" })
  })

  it("gives every order the cart's customer, region, channel, currency, language and addresses (without their records' ids), pending", () => {
    const address = {
      id: "caddr_1",
      created_at: "2026-12-01T10:00:00.000Z",
      updated_at: "2026-12-01T10:00:00.000Z",
      deleted_at: null,
      first_name: "Salma",
      address_1: "12 Derb Sidi Ahmed",
      city: "Taounate",
      country_code: "ma",
      phone: "+212612345678",
    }
    const parts = splitCartByCooperative(cart({ shipping_address: address, billing_address: address }), cooperativeOfProduct)
    const withoutIds = { first_name: "Salma", address_1: "12 Derb Sidi Ahmed", city: "Taounate", country_code: "ma", phone: "+212612345678" }
    for (const { cooperative, order } of parts) {
      expect(order).toMatchObject({
        region_id: "reg_ma",
        customer_id: "cus_1",
        sales_channel_id: "sc_store",
        status: "pending",
        email: "salma@example.ma",
        currency_code: "mad",
        locale: "ar-MA",
        no_notification: false,
        metadata: { cart_id: "cart_1", cooperative_id: cooperative.id },
      })
      expect(order.shipping_address).toEqual(withoutIds)
      expect(order.billing_address).toEqual(withoutIds)
    }

    const [guest] = splitCartByCooperative(
      cart({ customer_id: null, email: null, locale: null, region_id: null, sales_channel_id: null, items: [cart().items[1]] }),
      cooperativeOfProduct
    )
    expect(guest.order).toMatchObject({ currency_code: "mad", status: "pending" })
    for (const field of ["customer_id", "email", "locale", "region_id", "sales_channel_id", "shipping_address", "billing_address"] as const) {
      expect(guest.order[field]).toBeUndefined()
    }
  })

  it("copies each line's and method's prices, taxes and discounts as they were in the cart", () => {
    const honey = item("item_honey", "prod_honey", nahl, {
      unit_price: 120,
      compare_at_unit_price: 150,
      is_tax_inclusive: true,
      tax_lines: [{ code: "TVA", rate: 20, tax_rate_id: "txr_1", description: null, provider_id: null }],
      adjustments: [{ code: "AID", amount: 12, promotion_id: "promo_1", description: null, is_tax_inclusive: true }],
    })
    const delivery = method("sm_nahl", "sp_nahl", 30, {
      tax_lines: [{ code: "TVA", rate: 20 }],
      adjustments: [{ code: "FREESHIP", amount: 30, promotion_id: "promo_2" }],
    })
    const [part] = splitCartByCooperative(cart({ items: [honey], shipping_methods: [delivery] }), cooperativeOfProduct)
    expect(part.order.items?.[0]).toMatchObject({ unit_price: 120, compare_at_unit_price: 150, is_tax_inclusive: true, quantity: 1 })
    expect(part.order.items?.[0].tax_lines).toEqual([
      { code: "TVA", rate: 20, tax_rate_id: "txr_1", description: undefined, provider_id: undefined },
    ])
    expect(part.order.items?.[0].adjustments).toEqual([
      { code: "AID", amount: 12, promotion_id: "promo_1", description: undefined, provider_id: undefined, is_tax_inclusive: true },
    ])
    expect(part.order.shipping_methods?.[0]).toMatchObject({ amount: 30, is_tax_inclusive: false })
    expect(part.order.shipping_methods?.[0].tax_lines).toEqual([
      { code: "TVA", rate: 20, tax_rate_id: undefined, description: undefined, provider_id: undefined },
    ])
    expect(part.order.shipping_methods?.[0].adjustments).toEqual([
      { code: "FREESHIP", amount: 30, promotion_id: "promo_2", description: undefined, provider_id: undefined, is_tax_inclusive: undefined },
    ])

    const [plain] = splitCartByCooperative(
      cart({ items: [item("item_figs", "prod_figs", tin)], shipping_methods: [method("sm_tin", "sp_tin", 25)] }),
      cooperativeOfProduct
    )
    expect(plain.order.items?.[0]).toMatchObject({ is_tax_inclusive: false, tax_lines: [], adjustments: [] })
    expect(plain.order.items?.[0].compare_at_unit_price).toBeUndefined()
  })
})

describe("the cooperative of a created order", () => {
  it("is the one its metadata names, whatever order the orders come back in", () => {
    const parts = splitCartByCooperative(cart(), cooperativeOfProduct)
    // The order module lists created orders back in no set order: here the figs order first.
    const created = [...parts].reverse().map((part, index) => ({ id: `order_${index}`, metadata: part.order.metadata ?? null }))
    expect(created.map((order) => cooperativeOfOrder(order, parts).id)).toEqual(["coop_tin", "coop_nahl"])
  })

  it("refuses an order that names no cooperative of the cart", () => {
    const parts = splitCartByCooperative(cart(), cooperativeOfProduct)
    for (const metadata of [null, {}, { cooperative_id: "coop_zrabi" }]) {
      const error = thrown(() => cooperativeOfOrder({ id: "order_x", metadata }, parts))
      expect(error).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    }
  })
})
