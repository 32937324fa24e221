import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { createShop, type Shop } from "../../fixtures/checkout"

jest.setTimeout(240 * 1000)

/**
 * A standard Medusa client, as Medusa's Next.js starter drives a checkout: only `@medusajs/js-sdk`'s
 * own methods and Medusa's own fields (no Tadamon route, no Tadamon field), one shipping method per
 * shipping profile the cart's options show, cash on delivery, then the order read back.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      honey = await createShop(container, store, { handle: "nahl", name: "تعاونية النحل", sector: "honey" }, [
        { handle: "thyme-honey", price: 180, stock: 10 },
      ])
      figs = await createShop(container, store, { handle: "tin", name: "Coopérative Tin", sector: "figs-dried-fruit" }, [
        { handle: "dried-figs", price: 60, stock: 10 },
      ])
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

    /** The starter's checkout, step by step; returns what completion answered and the cart before it. */
    async function starterCheckout(sdk: Medusa, handles: string[], typed: Partial<HttpTypes.StoreAddAddress> = {}) {
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
      }))

      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      const profiles = new Map<string, HttpTypes.StoreCartShippingOption>()
      for (const option of shipping_options) {
        if (!option.insufficient_inventory && !profiles.has(option.shipping_profile_id)) {
          profiles.set(option.shipping_profile_id, option)
        }
      }
      for (const option of profiles.values()) {
        ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id }))
      }
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_cod_cod" })
      const { cart: ready } = await sdk.store.cart.retrieve(cart.id)
      const completed: HttpTypes.StoreCompleteCartResponse = await sdk.store.cart.complete(cart.id)
      return { completed, ready, shipping_options }
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

      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      expect(new Set(shipping_options.map((option) => option.shipping_profile_id))).toEqual(
        new Set([honey.shippingProfileId, figs.shippingProfileId])
      )
      for (const option of shipping_options) {
        const mine = option.shipping_profile_id === honey.shippingProfileId
        expect(option.name).toContain(mine ? "تعاونية النحل" : "Coopérative Tin")
        // Honey short at its cooperative; the figs in stock at theirs (Medusa judges every line at every location).
        expect(option.insufficient_inventory).toBe(mine)
      }
    })

    it("places a one-cooperative order: Medusa's `type: \"order\"` answer, readable with GET /store/orders/:id", async () => {
      const sdk = client()
      // The province as a person types it, in Arabic.
      const { completed, ready } = await starterCheckout(sdk, ["thyme-honey"], { province: "تاونات" })
      expect(completed.type).toBe("order")
      if (completed.type !== "order") {
        return
      }
      expect(completed.order).toMatchObject({ email: "fatima@example.ma", currency_code: "mad", total: ready.total })
      expect(completed.order.items?.map((item) => item.variant_id)).toEqual([honey.variants["thyme-honey"]])
      expect(completed.order.shipping_address).toMatchObject({ province: "taounate", phone: "+212612345678" })

      const { order } = await sdk.store.order.retrieve(completed.order.id)
      expect(order).toMatchObject({ id: completed.order.id, total: ready.total, status: "pending" })
      // The cart is done: completing it again answers the same order.
      const again = await sdk.store.cart.complete(ready.id)
      expect(again.type === "order" && again.order.id).toBe(completed.order.id)
    })

    it("places a two-cooperative order: the first cooperative's order in Medusa's shape, every order readable", async () => {
      const sdk = client()
      // No province, a town the province is known from.
      const { completed, ready } = await starterCheckout(sdk, ["thyme-honey", "dried-figs"], { province: "", city: "Ghafsai" })
      expect(ready.shipping_methods).toHaveLength(2)
      expect(ready.shipping_address).toMatchObject({ province: "taounate", city: "Ghafsai" })
      expect(completed.type).toBe("order")
      if (completed.type !== "order") {
        return
      }
      const { order } = await sdk.store.order.retrieve(completed.order.id)
      expect(order.items).toHaveLength(1)
      expect(order.shipping_methods).toHaveLength(1)
      expect(order.total).toBeLessThan(Number(ready.total))
      expect(order.email).toBe("fatima@example.ma")
    })
  },
})
