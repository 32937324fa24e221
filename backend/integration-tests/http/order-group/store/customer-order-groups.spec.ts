import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { ACCEPTED_TERMS, chooseShipping, createShop, payCashOnDelivery, registerCustomer, TAOUNATE_ADDRESS } from "../../../fixtures/checkout"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
    })

    it("shows a customer their order groups with each cooperative's order and status, and nobody else's", async () => {
      const container = getContainer()
      const honey = await createShop(
        container,
        store,
        { handle: "nahl", legal_registration_number: "ODCO-NAHL-1", contact_email: "contact@nahl.example" },
        [{ handle: "thyme-honey", price: 180, stock: 10 }]
      )
      const figs = await createShop(container, store, { handle: "tin" }, [{ handle: "dried-figs", price: 90, stock: 10 }])
      const fatima = await registerCustomer(api, store, "fatima@example.ma")
      const youssef = await registerCustomer(api, store, "youssef@example.ma")

      const { data } = await api.post(
        "/store/carts",
        { region_id: store.regionId, shipping_address: TAOUNATE_ADDRESS, locale: "fr-MA", metadata: ACCEPTED_TERMS },
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

      // Each parcel names its seller (law 31-08), in the language asked for.
      const seller = (orders: Array<{ cooperative: { handle: string; seller?: unknown } }>, handle: string) =>
        orders.find((order) => order.cooperative.handle === handle)?.cooperative.seller
      expect(seller(group.orders, "nahl")).toEqual({
        legal_name: expect.stringMatching(/^تعاونية/),
        registration_number: "ODCO-NAHL-1",
        address: { commune: "تاونات", province: "تاونات", region: "جهة فاس مكناس" },
        phone: "+212612345678",
        email: "contact@nahl.example",
      })
      expect(seller(group.orders, "tin")).toEqual(expect.objectContaining({ email: null, phone: "+212612345678" }))
      const french = await api.get(`/store/order-groups/${reference}?email=fatima@example.ma&locale=fr-MA`, store.storeHeaders)
      expect(seller(french.data.order_group.orders, "nahl")).toEqual(
        expect.objectContaining({
          legal_name: expect.stringMatching(/^Coopérative test/),
          address: { commune: "Taounate", province: "Taounate", region: "Fès-Meknès" },
        })
      )

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
