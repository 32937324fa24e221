import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { chooseShipping, createShop, payCashOnDelivery, registerCustomer, TAOUNATE_ADDRESS } from "../../../fixtures/checkout"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
    })

    it("shows a customer their order groups with each cooperative's order and status, and nobody else's", async () => {
      const container = getContainer()
      const honey = await createShop(container, store, { handle: "nahl" }, [{ handle: "thyme-honey", price: 180, stock: 10 }])
      const figs = await createShop(container, store, { handle: "tin" }, [{ handle: "dried-figs", price: 90, stock: 10 }])
      const fatima = await registerCustomer(api, store, "fatima@example.ma")
      const youssef = await registerCustomer(api, store, "youssef@example.ma")

      const { data } = await api.post(
        "/store/carts",
        { region_id: store.regionId, shipping_address: TAOUNATE_ADDRESS, locale: "fr-MA" },
        fatima
      )
      const cartId = data.cart.id
      expect(data.cart.email).toBe("fatima@example.ma")
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: honey.variants["thyme-honey"], quantity: 1 }, fatima)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: figs.variants["dried-figs"], quantity: 2 }, fatima)
      await chooseShipping(api, store, cartId)
      await payCashOnDelivery(api, store, cartId)
      const placed = await api.post(`/store/carts/${cartId}/complete`, {}, fatima)
      const reference = placed.data.order_group.reference

      const mine = await api.get("/store/customers/me/order-groups", fatima)
      expect(mine.data.count).toBe(1)
      const [group] = mine.data.order_groups
      expect(group.reference).toBe(reference)
      expect(group.locale).toBe("fr-MA")
      expect(group.orders.map((order: { cooperative: { handle: string }; status: string }) => [order.cooperative.handle, order.status]).sort()).toEqual([
        ["nahl", "pending"],
        ["tin", "pending"],
      ])
      expect((await api.get(`/store/customers/me/order-groups/${reference}`, fatima)).data.order_group.id).toBe(group.id)
      expect((await api.get(`/store/order-groups/${reference}`, fatima)).data.order_group.id).toBe(group.id)

      const theirs = await api.get("/store/customers/me/order-groups", youssef)
      expect(theirs.data.count).toBe(0)
      for (const url of [`/store/customers/me/order-groups/${reference}`, `/store/order-groups/${reference}`]) {
        const response = await api.get(url, youssef).catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBe(404)
      }
      const anonymous = await api
        .get("/store/customers/me/order-groups", store.storeHeaders)
        .catch((error: { response: { status: number } }) => error.response)
      expect(anonymous.status).toBe(401)
    })
  },
})
