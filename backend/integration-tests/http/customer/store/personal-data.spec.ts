import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreCustomerDataExport, StoreOrderGroup } from "@tadamon/shared"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import {
  ACCEPTED_TERMS,
  chooseShipping,
  createShop,
  payCashOnDelivery,
  registerCustomer,
  TAOUNATE_ADDRESS,
  type Shop,
} from "../../../fixtures/checkout"
import type { Json } from "../../../fixtures/http"
import { FAVOURITE_MODULE } from "../../../../src/modules/favourite"
import type FavouriteModuleService from "../../../../src/modules/favourite/service"
import { REVIEW_MODULE } from "../../../../src/modules/review"
import type ReviewModuleService from "../../../../src/modules/review/service"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string> }
type Answer = { status: number; data: Json }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop

    const answer = (request: Promise<Answer>) => request.catch((error: { response: Answer }) => error.response)
    const localized = (session: Headers, locale: string): Headers => ({ headers: { ...session.headers, "x-medusa-locale": locale } })

    beforeAll(async () => {
      store = await createStoreFixture(getContainer())
      honey = await createShop(getContainer(), store, { handle: "nahl" }, [{ handle: "thyme-honey", price: 180, stock: 20 }])
    })

    async function placeOrder(session: Headers): Promise<StoreOrderGroup> {
      const { data } = await api.post(
        "/store/carts",
        { region_id: store.regionId, shipping_address: TAOUNATE_ADDRESS, locale: "fr-MA", metadata: ACCEPTED_TERMS },
        session
      )
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: honey.variants["thyme-honey"], quantity: 1 }, session)
      await chooseShipping(api, store, data.cart.id)
      await payCashOnDelivery(api, store, data.cart.id)
      const placed = await api.post(`/store/carts/${data.cart.id}/complete`, {}, session)
      return placed.data.order_group
    }

    it("gives a customer everything held about them, as a download, and nothing of anyone else", async () => {
      const fatima = await registerCustomer(api, store, "fatima@example.ma")
      const youssef = await registerCustomer(api, store, "youssef@example.ma")
      await api.post("/store/customers/me/addresses", { ...TAOUNATE_ADDRESS, metadata: undefined }, fatima)
      const mine = await placeOrder(fatima)
      const his = await placeOrder(youssef)
      await api.post("/store/customers/me/favourites", { kind: "cooperative", id: honey.cooperative.id }, fatima)

      const response = await api.get("/store/customers/me/personal-data", fatima)
      expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="tadamon-\d{4}-\d{2}-\d{2}\.json"$/)
      expect(response.headers["cache-control"]).toBe("no-store")
      const data: StoreCustomerDataExport = response.data
      expect(data.customer).toMatchObject({ email: "fatima@example.ma", first_name: "Fatima", last_name: "Alaoui" })
      expect(data.addresses).toEqual([expect.objectContaining({ city: "Taounate", phone: "+212612345678" })])
      expect(data.order_groups.map((group) => group.reference)).toEqual([mine.reference])
      expect(data.favourites).toEqual([{ kind: "cooperative", id: honey.cooperative.id, saved_at: expect.any(String) }])
      expect(data.reviews).toEqual([])
      expect(JSON.stringify(data)).not.toContain(his.reference)
      expect(JSON.stringify(data)).not.toContain("youssef@example.ma")

      const anonymous = await answer(api.get("/store/customers/me/personal-data", store.storeHeaders))
      expect(anonymous.status).toBe(401)
    })

    it("records the customer's choice about news emails, unticked until they say yes, dated by the server", async () => {
      const fatima = await registerCustomer(api, store, "fatima@example.ma")
      const exported = async () => ((await api.get("/store/customers/me/personal-data", fatima)).data as StoreCustomerDataExport).customer
      expect((await exported()).marketing_consent).toBeNull()

      for (const value of ["yes", { granted: "true" }, null]) {
        const refused = await answer(api.post("/store/customers/me", { metadata: { marketing_consent: value } }, localized(fatima, "fr-MA")))
        expect(refused.status).toBe(400)
        expect(refused.data.errors[0]).toEqual(expect.objectContaining({ field: "metadata.marketing_consent.granted", code: "invalid_value" }))
      }
      const before = Date.now()
      await api.post("/store/customers/me", { metadata: { marketing_consent: { granted: true, at: "2001-01-01T00:00:00Z" } } }, fatima)
      const granted = await exported()
      expect(granted.marketing_consent?.granted).toBe(true)
      expect(Date.parse(granted.marketing_consent?.at ?? "")).toBeGreaterThanOrEqual(before - 1000)
      await api.post("/store/customers/me", { metadata: { marketing_consent: { granted: false } } }, fatima)
      expect((await exported()).marketing_consent?.granted).toBe(false)
    })

    it("erases an account with its password once its orders are settled, keeping the orders without the person", async () => {
      const container = getContainer()
      const fatima = await registerCustomer(api, store, "fatima@example.ma")
      await api.post("/store/customers/me/addresses", { ...TAOUNATE_ADDRESS, metadata: undefined }, fatima)
      const group = await placeOrder(fatima)
      const { data: me } = await api.get("/store/customers/me", fatima)
      const customerId: string = me.customer.id

      // Values a form would never send, a wrong password: refused, field named, in the customer's language.
      for (const body of [{}, { password: "" }, { password: 42 }, { password: "x", admin: true }]) {
        const refused = await answer(api.post("/store/customers/me/erasure", body, localized(fatima, "fr-MA")))
        expect(refused.status).toBe(400)
      }
      const wrong = await answer(api.post("/store/customers/me/erasure", { password: "not-my-password" }, localized(fatima, "fr-MA")))
      expect(wrong.status).toBe(400)
      expect(wrong.data.errors).toEqual([{ field: "password", code: "wrong_password", message: "Le mot de passe est incorrect." }])

      // An order on its way: the cooperative still needs the address.
      const busy = await answer(api.post("/store/customers/me/erasure", { password: "a-long-passphrase-1" }, localized(fatima, "ar-MA")))
      expect(busy.status).toBe(409)
      expect(busy.data.errors[0]).toEqual(expect.objectContaining({ field: "orders", code: "orders_in_progress" }))
      expect((await api.get("/store/customers/me", fatima)).data.customer.email).toBe("fatima@example.ma")

      await api.post("/store/customers/me/favourites", { kind: "cooperative", id: honey.cooperative.id }, fatima)
      // A review she wrote earlier (its own rules are tested in the review specs).
      const reviewModule = container.resolve<ReviewModuleService>(REVIEW_MODULE)
      const [review] = await reviewModule.createReviews([
        {
          product_id: "prod_earlier",
          cooperative_id: honey.cooperative.id,
          customer_id: customerId,
          order_id: group.orders[0].id,
          line_item_id: "ordli_earlier",
          rating: 5,
          text: "عسل رائع",
          language: "ar",
          author_name: "Fatima A.",
        },
      ])

      await cancelOrderWorkflow(container).run({ input: { order_id: group.orders[0].id } })
      const erased = await api.post("/store/customers/me/erasure", { password: "a-long-passphrase-1" }, fatima)
      expect(erased.data).toEqual({ erased: true, anonymized_orders: 1 })

      // The order stays, for the accounts, without the person.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["email", "total", "shipping_address.*"], filters: { id: group.orders[0].id } })
      expect(order.email).toBe(`erased-${customerId.toLowerCase()}@erased.tadamon.invalid`)
      expect(order.shipping_address).toMatchObject({ first_name: null, last_name: null, phone: null, address_1: null, city: "Taounate", province: "taounate" })
      expect(Number(order.total)).toBeGreaterThan(0)
      const {
        data: [kept],
      } = await query.graph({ entity: "order_group", fields: ["email", "reference"], filters: { id: group.id } })
      expect(kept).toEqual({ email: order.email, reference: group.reference })

      // Her review stays for other buyers, without her name; her favourites go.
      expect(await reviewModule.retrieveReview(review.id)).toMatchObject({ rating: 5, text: "عسل رائع", author_name: "" })
      const favourites = container.resolve<FavouriteModuleService>(FAVOURITE_MODULE)
      expect(await favourites.listFavourites({ customer_id: customerId })).toEqual([])

      // The account is gone: no customer, no address book, no sign-in; the email can register again.
      const customers = container.resolve(Modules.CUSTOMER)
      expect(await customers.listCustomers({ email: "fatima@example.ma" })).toEqual([])
      expect(await customers.listCustomerAddresses({ customer_id: customerId })).toEqual([])
      const signIn = await answer(api.post("/auth/customer/emailpass", { email: "fatima@example.ma", password: "a-long-passphrase-1" }))
      expect(signIn.status).toBe(401)
      // A token issued before names a customer who no longer exists.
      expect((await answer(api.get("/store/customers/me", fatima))).status).toBe(404)
      expect((await answer(api.get("/store/customers/me/personal-data", fatima))).status).toBe(404)
      const again = await registerCustomer(api, store, "fatima@example.ma", "another-passphrase-2")
      expect((await api.get("/store/customers/me", again)).data.customer.id).not.toBe(customerId)
    })
  },
})
