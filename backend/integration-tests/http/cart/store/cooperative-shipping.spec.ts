import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreCooperativeShippingResponse } from "@tadamon/shared"
import {
  createCooperative,
  createCooperativeProduct,
  createStoreFixture,
  setUpCooperativeShipping,
  type StoreFixture,
} from "../../../fixtures/catalog"

jest.setTimeout(120 * 1000)

const address = (province: string, city: string) => ({
  first_name: "Amina",
  last_name: "Bennani",
  address_1: "12 زنقة الأندلس",
  city,
  province,
  country_code: "ma",
  phone: "0612345678",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: { id: string; handle: string }
    let figs: { id: string; handle: string }
    let cartId: string
    let honeyLineId: string

    const groups = async (headers: Record<string, string> = {}) => {
      const response = await api.get(`/store/carts/${cartId}/cooperative-shipping`, {
        headers: { ...store.storeHeaders.headers, ...headers },
      })
      expect(response.status).toBe(200)
      const body: StoreCooperativeShippingResponse = response.data
      return new Map(body.cooperatives.map((group) => [group.cooperative.handle, group]))
    }
    const kindsAndAmounts = (group: StoreCooperativeShippingResponse["cooperatives"][number] | undefined) =>
      group?.options.map((option) => [option.kind, option.amount])

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      honey = await createCooperative(container, {
        handle: "nahl-taounate",
        province: "taounate",
        translations: { fr: { name: "Miel de Taounate" }, en: { name: "Taounate Honey" } },
      })
      figs = await createCooperative(container, { handle: "tin-sefrou", province: "sefrou", sector: "figs-dried-fruit" })
      const honeyShipping = await setUpCooperativeShipping(container, store, honey.id, { amana: 40, home_delivery: 25, free_above: 300 })
      const figsShipping = await setUpCooperativeShipping(container, store, figs.id, { amana: 35, home_delivery: 20, free_above: null })
      const honeyProduct = await createCooperativeProduct(container, store, honey.id, {
        title: "عسل الزعتر",
        handle: "asal-zaatar",
        price: 120,
        shipping: honeyShipping,
      })
      const figsProduct = await createCooperativeProduct(container, store, figs.id, {
        title: "تين مجفف",
        handle: "tin-mujaffaf",
        price: 80,
        shipping: figsShipping,
      })

      const { data } = await api.post(
        "/store/carts",
        {
          region_id: store.regionId,
          items: [
            { variant_id: honeyProduct.variants[0].id, quantity: 1 },
            { variant_id: figsProduct.variants[0].id, quantity: 1 },
          ],
        },
        store.storeHeaders
      )
      cartId = data.cart.id
      honeyLineId = data.cart.items.find((item: { product_id: string }) => item.product_id === honeyProduct.id).id
      await api.post(`/store/carts/${cartId}`, { shipping_address: address("taounate", "Taounate") }, store.storeHeaders)
    })

    it("groups the cart by cooperative, with each cooperative's own priced options", async () => {
      const byHandle = await groups()
      expect([...byHandle.keys()]).toEqual(["nahl-taounate", "tin-sefrou"])

      const honeyGroup = byHandle.get("nahl-taounate")
      expect(honeyGroup?.item_ids).toEqual([honeyLineId])
      expect(honeyGroup?.subtotal).toBe(120)
      expect(honeyGroup?.selected_option_id).toBeNull()
      expect(kindsAndAmounts(honeyGroup)).toEqual([
        ["amana", 40],
        ["home-delivery", 25],
        ["pickup", 0],
      ])
      expect(honeyGroup?.options[0]).toMatchObject({ name: "أمانة — توصيل عادي", min_hours: 24, max_hours: 72, free_above: 300 })

      // Home delivery is the province's own: a Taounate address gets none from Sefrou.
      const figsGroup = byHandle.get("tin-sefrou")
      expect(figsGroup?.subtotal).toBe(80)
      expect(kindsAndAmounts(figsGroup)).toEqual([
        ["amana", 35],
        ["pickup", 0],
      ])
      expect(figsGroup?.options[0].free_above).toBeNull()
    })

    it("offers home delivery only for an address in the cooperative's province", async () => {
      await api.post(`/store/carts/${cartId}`, { shipping_address: address("sefrou", "Sefrou") }, store.storeHeaders)
      const byHandle = await groups()
      expect(byHandle.get("nahl-taounate")?.options.map((option) => option.kind)).toEqual(["amana", "pickup"])
      expect(byHandle.get("tin-sefrou")?.options.map((option) => option.kind)).toEqual(["amana", "home-delivery", "pickup"])
    })

    it("makes Amana free once the cart reaches the cooperative's threshold", async () => {
      await api.post(`/store/carts/${cartId}/line-items/${honeyLineId}`, { quantity: 3 }, store.storeHeaders)
      const byHandle = await groups()
      expect(byHandle.get("nahl-taounate")?.subtotal).toBe(360)
      expect(kindsAndAmounts(byHandle.get("nahl-taounate"))?.[0]).toEqual(["amana", 0])
      // No threshold set: Sefrou's Amana keeps its price.
      expect(kindsAndAmounts(byHandle.get("tin-sefrou"))?.[0]).toEqual(["amana", 35])
    })

    it("reports the option chosen for each cooperative", async () => {
      const before = await groups()
      const pickup = before.get("nahl-taounate")?.options.find((option) => option.kind === "pickup")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup?.id }, store.storeHeaders)

      const after = await groups()
      expect(after.get("nahl-taounate")?.selected_option_id).toBe(pickup?.id)
      expect(after.get("tin-sefrou")?.selected_option_id).toBeNull()
    })

    it("names options and cooperatives in the request's locale", async () => {
      const french = await groups({ "x-medusa-locale": "fr-MA" })
      expect(french.get("nahl-taounate")?.cooperative.name).toBe("Miel de Taounate")
      expect(french.get("nahl-taounate")?.options.map((option) => option.name)).toEqual([
        "Amana — livraison standard",
        "Livraison à domicile (Taounate)",
        "Retrait au magasin solidaire du marché",
      ])
      const english = await groups({ "x-medusa-locale": "en-US" })
      expect(english.get("tin-sefrou")?.options[0].name).toBe("Amana standard delivery")
    })

    it("answers 404 for an unknown cart", async () => {
      const response = await api
        .get("/store/carts/cart_unknown/cooperative-shipping", store.storeHeaders)
        .catch((error: { response: { status: number } }) => error.response)
      expect(response.status).toBe(404)
    })
  },
})
