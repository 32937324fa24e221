import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreCompleteCartResponse as GroupAwareCompleteCartResponse } from "@tadamon/shared"
import { TERMS_VERSION } from "@tadamon/shared"
import { createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { useStripeDouble } from "../../fixtures/stripe-double"
import { createShop, type Shop } from "../../fixtures/checkout"

jest.setTimeout(240 * 1000)

const stripe = useStripeDouble()

/** The fields Medusa's Next.js starter asks for when it lists a cart's shipping options (pickup or not, the location's address). */
const STARTER_SHIPPING_OPTION_FIELDS = "+service_zone.fulfillment_set.type,*service_zone.fulfillment_set.location.address"
/** …when it reads the cart on the checkout page. */
const STARTER_CART_FIELDS =
  "*items, *region, *items.product, *items.variant, *items.thumbnail, *items.metadata, +items.total, *promotions, +shipping_methods.name"
/** …when it shows a placed order. */
const STARTER_ORDER_FIELDS = "*payment_collections.payments,*items,*items.metadata,*items.variant,*items.product"

/** The cooperatives' names as a customer reads them, by locale (Arabic is the stored text). */
const NAMES = {
  honey: { ar: "تعاونية النحل", fr: "Coopérative Nahl", en: "Nahl cooperative" },
  figs: { ar: "تعاونية التين", fr: "Coopérative Tin", en: "Tin cooperative" },
}
const ARABIC_LETTER = /[\u0600-\u06FF]/

/** Runtime check of what a starter reads from each `StoreShippingOptionListResponse` option (types vanish at runtime). */
function expectStandardShippingOption(option: HttpTypes.StoreCartShippingOptionWithServiceZone) {
  expect(option).toEqual(
    expect.objectContaining({
      id: expect.stringMatching(/^so_/),
      name: expect.any(String),
      amount: expect.any(Number),
      price_type: expect.stringMatching(/^(flat|calculated)$/),
      provider_id: expect.any(String),
      shipping_profile_id: expect.any(String),
      insufficient_inventory: expect.any(Boolean),
    })
  )
  expect(option.service_zone_id ?? option.service_zone?.id).toEqual(expect.any(String))
  // The starter's `fields`: pickup options are shown apart, with the location's address.
  expect(option.service_zone?.fulfillment_set).toEqual(
    expect.objectContaining({ type: expect.stringMatching(/^(shipping|pickup)$/), location: expect.objectContaining({ address: expect.any(Object) }) })
  )
}

/** Runtime check of what a starter's confirmation page reads from the order of `StoreCompleteCartResponse`. */
function expectStandardOrder(order: HttpTypes.StoreOrder) {
  expect(order).toEqual(
    expect.objectContaining({
      id: expect.stringMatching(/^order_/),
      display_id: expect.any(Number),
      email: expect.any(String),
      currency_code: "mad",
      total: expect.any(Number),
      shipping_address: expect.objectContaining({
        first_name: expect.any(String),
        address_1: expect.any(String),
        city: expect.any(String),
        country_code: "ma",
      }),
      shipping_methods: [expect.objectContaining({ id: expect.any(String), name: expect.any(String), amount: expect.any(Number) })],
    })
  )
  expect(order.items?.length).toBeGreaterThan(0)
  for (const item of order.items ?? []) {
    expect(item).toEqual(
      expect.objectContaining({ id: expect.any(String), title: expect.any(String), quantity: expect.any(Number), unit_price: expect.any(Number) })
    )
  }
}

/** A client that knows Tadamon's groups finds every cooperative's order beside Medusa's `order`. */
function isGroupAware(answer: HttpTypes.StoreCompleteCartResponse): answer is Extract<GroupAwareCompleteCartResponse, { type: "order" }> {
  return answer.type === "order" && "order_group" in answer
}

/**
 * A standard Medusa client, as Medusa's Next.js starter drives a checkout: only `@medusajs/js-sdk`'s
 * own methods and Medusa's own fields (no Tadamon route, no Tadamon field), one shipping method per
 * shipping profile the cart's options show, cash on delivery or a card, then the orders read back.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop

    beforeEach(async () => {
      await fetch(`${stripe.url}/_local/reset`, { method: "POST" })
    })

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container, { paymentProviders: ["pp_cod_cod", "pp_stripe_stripe"] })
      const translations = (names: (typeof NAMES)["honey"]) => ({ fr: { name: names.fr }, en: { name: names.en } })
      honey = await createShop(
        container,
        store,
        { handle: "nahl", name: NAMES.honey.ar, translations: translations(NAMES.honey), sector: "honey" },
        [
          { handle: "thyme-honey", price: 180, stock: 10 },
          { handle: "orange-blossom-honey", price: 150, stock: 10 },
        ]
      )
      figs = await createShop(
        container,
        store,
        { handle: "tin", name: NAMES.figs.ar, translations: translations(NAMES.figs), sector: "figs-dried-fruit" },
        [{ handle: "dried-figs", price: 60, stock: 10 }]
      )
      // A third cooperative whose options must not reach these carts.
      await createShop(container, store, { handle: "nasij", name: "Nasij", sector: "crafts" }, [{ handle: "cushion", price: 250, stock: 3 }])
    })

    async function setStock(shop: Shop, handle: string, stocked_quantity: number) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: shop.variants[handle] } })
      await updateInventoryLevelsWorkflow(getContainer()).run({
        input: {
          updates: [{ inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id as string, location_id: shop.stockLocationId, stocked_quantity }],
        },
      })
    }

    const client = () =>
      new Medusa({ baseUrl: String(api.defaults.baseURL).replace(/\/$/, ""), publishableKey: store.publishableKey })

    const address: HttpTypes.StoreAddAddress = {
      first_name: "Fatima",
      last_name: "Alaoui",
      address_1: "12 زنقة مولاي إدريس",
      city: "Taounate",
      province: "Taounate",
      postal_code: "34000",
      country_code: "ma",
      phone: "06 12 34 56 78",
    }

    /** The cart with one of each product, the customer's email and addresses, as the starter fills it. */
    async function starterCart(sdk: Medusa, handles: string[], typed: Partial<HttpTypes.StoreAddAddress> = {}) {
      const { regions } = await sdk.store.region.list()
      const region = regions.find((candidate) => candidate.currency_code === "mad")!
      const { products } = await sdk.store.product.list({ handle: handles, region_id: region.id, fields: "*variants.calculated_price" })
      expect(products.map((product) => product.handle).sort()).toEqual([...handles].sort())

      let { cart } = await sdk.store.cart.create({ region_id: region.id })
      for (const product of products) {
        ;({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: product.variants![0].id, quantity: 1 }))
      }
      ;({ cart } = await sdk.store.cart.update(cart.id, {
        email: "fatima@example.ma",
        shipping_address: { ...address, ...typed },
        billing_address: { ...address, ...typed },
        // The one thing a standard client adds: its terms-of-sale checkbox, sent as the cart's metadata.
        metadata: { terms_acceptance: { version: TERMS_VERSION } },
      }))
      return cart
    }

    /** The starter's delivery step: the first option in stock of every shipping profile listed. */
    async function chooseShipping(sdk: Medusa, cart: HttpTypes.StoreCart) {
      const { shipping_options }: HttpTypes.StoreShippingOptionListResponse = await sdk.store.fulfillment.listCartOptions({
        cart_id: cart.id,
        fields: STARTER_SHIPPING_OPTION_FIELDS,
      })
      shipping_options.forEach(expectStandardShippingOption)
      const chosen = new Map<string, HttpTypes.StoreCartShippingOption>()
      for (const option of shipping_options) {
        if (!option.insufficient_inventory && !chosen.has(option.shipping_profile_id)) {
          chosen.set(option.shipping_profile_id, option)
        }
      }
      for (const option of chosen.values()) {
        ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id }))
      }
      return { cart, chosen }
    }

    /** The starter's checkout, step by step, paid on delivery; returns what completion answered and the cart before it. */
    async function starterCheckout(sdk: Medusa, handles: string[], typed: Partial<HttpTypes.StoreAddAddress> = {}) {
      const { cart, chosen } = await chooseShipping(sdk, await starterCart(sdk, handles, typed))
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_cod_cod" })
      const { cart: ready } = await sdk.store.cart.retrieve(cart.id, { fields: STARTER_CART_FIELDS })
      const completed: HttpTypes.StoreCompleteCartResponse = await sdk.store.cart.complete(cart.id)
      return { completed, ready, chosen }
    }

    it("lists only the cart's own cooperatives' shipping options, each named after its cooperative", async () => {
      const sdk = client()
      const { regions } = await sdk.store.region.list()
      const { cart } = await sdk.store.cart.create({ region_id: regions[0].id })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: honey.variants["thyme-honey"], quantity: 3 })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: figs.variants["dried-figs"], quantity: 1 })
      await sdk.store.cart.update(cart.id, { shipping_address: address })
      // The honey sells out at its cooperative while the cart waits: 2 jars left for the 3 asked.
      await setStock(honey, "thyme-honey", 2)

      const { shipping_options }: HttpTypes.StoreShippingOptionListResponse = await sdk.store.fulfillment.listCartOptions({
        cart_id: cart.id,
        fields: STARTER_SHIPPING_OPTION_FIELDS,
      })
      expect(new Set(shipping_options.map((option) => option.shipping_profile_id))).toEqual(
        new Set([honey.shippingProfileId, figs.shippingProfileId])
      )
      for (const option of shipping_options) {
        expectStandardShippingOption(option)
        const mine = option.shipping_profile_id === honey.shippingProfileId
        expect(option.name).toContain(mine ? NAMES.honey.ar : NAMES.figs.ar)
        // Honey short at its cooperative; the figs in stock at theirs (Medusa judges every line at every location).
        expect(option.insufficient_inventory).toBe(mine)
      }
      // Amana, home delivery in the cooperative's province, pickup at the market's store.
      expect(shipping_options.filter((option) => option.service_zone.fulfillment_set.type === "pickup")).toHaveLength(2)
    })

    it("names every option in the request's language, from x-medusa-locale or ?locale=", async () => {
      const sdk = client()
      const cart = await starterCart(sdk, ["thyme-honey", "dried-figs"])
      const asked: Array<{ locale: "ar" | "fr" | "en"; query?: string; header?: string }> = [
        { locale: "fr", header: "fr-MA" },
        { locale: "fr", query: "fr-MA" },
        // The query wins over the header (Medusa's order), and Arabic is asked for, not fallen back to.
        { locale: "ar", query: "ar-MA", header: "fr-MA" },
        { locale: "en", query: "en-US" },
      ]
      const ids = new Set<string>()
      for (const { locale, query, header } of asked) {
        const params: HttpTypes.StoreGetShippingOptionList & { locale?: string } = { cart_id: cart.id, fields: STARTER_SHIPPING_OPTION_FIELDS }
        if (query) {
          params.locale = query
        }
        const { shipping_options }: HttpTypes.StoreShippingOptionListResponse = await sdk.store.fulfillment.listCartOptions(
          params,
          header ? { "x-medusa-locale": header } : {}
        )
        // Three options for each cooperative: Amana, home delivery, pickup.
        expect(shipping_options).toHaveLength(6)
        for (const option of shipping_options) {
          ids.add(option.id)
          const owner = option.shipping_profile_id === honey.shippingProfileId ? NAMES.honey : NAMES.figs
          const [delivery, cooperative, ...rest] = option.name.split(" · ")
          expect({ name: option.name, cooperative, rest }).toEqual({ name: option.name, cooperative: owner[locale], rest: [] })
          // The kind of delivery is translated too: Arabic letters in Arabic only.
          expect({ name: option.name, arabic: ARABIC_LETTER.test(delivery) }).toEqual({ name: option.name, arabic: locale === "ar" })
        }
      }
      // The same six options in every language.
      expect(ids.size).toBe(6)
    })

    it("places a one-cooperative order: Medusa's `type: \"order\"` answer, readable with GET /store/orders/:id", async () => {
      const sdk = client()
      // The province as a person types it, in Arabic.
      const { completed, ready } = await starterCheckout(sdk, ["thyme-honey"], { province: "تاونات" })
      expect(completed.type).toBe("order")
      if (completed.type !== "order") {
        return
      }
      expectStandardOrder(completed.order)
      expect(completed.order).toMatchObject({ email: "fatima@example.ma", currency_code: "mad", total: ready.total })
      expect(completed.order.items?.map((item) => item.variant_id)).toEqual([honey.variants["thyme-honey"]])
      expect(completed.order.shipping_address).toMatchObject({ province: "taounate", phone: "+212612345678" })

      const { order } = await sdk.store.order.retrieve(completed.order.id, { fields: STARTER_ORDER_FIELDS })
      expectStandardOrder(order)
      expect(order).toMatchObject({ id: completed.order.id, total: ready.total, status: "pending" })
      // The cart is done: completing it again answers the same order.
      const again = await sdk.store.cart.complete(ready.id)
      expect(again.type === "order" && again.order.id).toBe(completed.order.id)
    })

    it("places a two-cooperative order: the first cooperative's order in Medusa's shape, every order readable", async () => {
      const sdk = client()
      // No province, a town the province is known from.
      const { completed, ready, chosen } = await starterCheckout(sdk, ["thyme-honey", "orange-blossom-honey", "dried-figs"], {
        province: "",
        city: "Ghafsai",
      })
      expect(ready.items).toHaveLength(3)
      expect(ready.shipping_methods).toHaveLength(2)
      expect(ready.shipping_address).toMatchObject({ province: "taounate", city: "Ghafsai" })
      expect(completed.type).toBe("order")
      if (completed.type !== "order") {
        return
      }
      expectStandardOrder(completed.order)

      // A standard client knows the first order only; a group-aware one finds every order beside it.
      expect(isGroupAware(completed)).toBe(true)
      if (!isGroupAware(completed)) {
        return
      }
      const group = completed.order_group
      expect(group.orders.map((order) => order.id)).toContain(completed.order.id)
      expect(new Set(group.orders.map((order) => order.cooperative.id))).toEqual(new Set([honey.cooperative.id, figs.cooperative.id]))

      const shops = new Map([
        [honey.cooperative.id, honey],
        [figs.cooperative.id, figs],
      ])
      let sum = 0
      for (const placed of group.orders) {
        const shop = shops.get(placed.cooperative.id)!
        const { order } = await sdk.store.order.retrieve(placed.id, { fields: STARTER_ORDER_FIELDS })
        expectStandardOrder(order)
        // Only its own cooperative's lines, every one of them, shipped with its own cooperative's option.
        expect(order.items?.map((item) => item.variant_id).sort()).toEqual(Object.values(shop.variants).sort())
        expect(order.shipping_methods?.map((method) => method.shipping_option_id)).toEqual([chosen.get(shop.shippingProfileId)?.id])
        expect(order).toMatchObject({ email: "fatima@example.ma", total: placed.total })
        expect(order.shipping_address).toMatchObject({ province: "taounate", city: "Ghafsai" })
        expect(order.total).toBe(order.item_total + order.shipping_total)
        sum += order.total
      }
      // The orders add up to the cart the customer confirmed, and to the group.
      expect(sum).toBe(ready.total)
      expect(group.total).toBe(ready.total)
    })

    it("refuses a cart that lacks one cooperative's shipping method: a 4xx naming that cooperative, in the request's language", async () => {
      const sdk = client()
      let cart = await starterCart(sdk, ["thyme-honey", "dried-figs"])
      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id, fields: STARTER_SHIPPING_OPTION_FIELDS })
      const honeyOption = shipping_options.find((option) => option.shipping_profile_id === honey.shippingProfileId)!
      ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: honeyOption.id }))
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_cod_cod" })

      for (const locale of ["ar", "fr"] as const) {
        const refused: unknown = await sdk.store.cart.complete(cart.id, {}, { "x-medusa-locale": `${locale}-MA` }).then(
          (answer) => answer,
          (error: unknown) => error
        )
        expect(refused).toBeInstanceOf(FetchError)
        if (!(refused instanceof FetchError)) {
          return
        }
        expect(refused.status).toBe(400)
        expect(refused.message).toContain(NAMES.figs[locale])
        expect(refused.message).not.toContain(NAMES.honey[locale])
      }
      const { cart: kept } = await sdk.store.cart.retrieve(cart.id)
      expect(kept.completed_at ?? null).toBeNull()
      expect(kept.items).toHaveLength(2)
    })

    it("answers a declined card in Medusa's `type: \"cart\"` shape: the cart, kept, and the error", async () => {
      const sdk = client()
      const { cart } = await chooseShipping(sdk, await starterCart(sdk, ["thyme-honey", "dried-figs"]))
      const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_stripe_stripe" })
      const session = payment_collection.payment_sessions?.find((candidate) => candidate.provider_id === "pp_stripe_stripe")
      expect(session?.data).toEqual(expect.objectContaining({ id: expect.any(String), client_secret: expect.any(String) }))
      expect((await stripe.confirmInBrowser(String(session?.data.id), String(session?.data.client_secret), "pm_card_chargeDeclined")).status).toBe(402)

      const answer: HttpTypes.StoreCompleteCartResponse = await sdk.store.cart.complete(cart.id)
      expect(answer.type).toBe("cart")
      if (answer.type !== "cart") {
        return
      }
      expect(answer.error).toEqual({ type: "payment_authorization_error", name: expect.any(String), message: expect.stringMatching(/\S/) })
      expect(answer.cart).toMatchObject({ id: cart.id, email: "fatima@example.ma", total: cart.total })
      expect(answer.cart.completed_at ?? null).toBeNull()
      expect(answer.cart.items?.map((item) => item.variant_id).sort()).toEqual([honey.variants["thyme-honey"], figs.variants["dried-figs"]].sort())
    })
  },
})
