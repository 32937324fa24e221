import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreCustomerCartResponse } from "@tadamon/shared"
import {
  createCooperative,
  createCooperativeProduct,
  createStoreFixture,
  setUpCooperativeShipping,
  type StoreFixture,
} from "../../../fixtures/catalog"
import { signUpCustomer, type CustomerSession } from "../../../fixtures/customer"
import { mergeCustomerCartsWorkflow } from "../../../../src/workflows/cart/merge-customer-carts"

jest.setTimeout(120 * 1000)

let registrations = 0

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let customer: CustomerSession
    let honey: string
    let rareFigs: string

    const createCart = async (headers: { headers: Record<string, string> }, items: Array<{ variant_id: string; quantity: number }>) => {
      const { data } = await api.post("/store/carts", { region_id: store.regionId, items }, headers)
      return data.cart.id as string
    }
    // Read from the database: the Store API does not show a cart's customer.
    const getCart = async (id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "metadata", "items.id", "items.variant_id", "items.quantity"],
        filters: { id },
      })
      return cart
    }
    const quantities = (lines: ({ variant_id: string | null; quantity: unknown } | null)[] | null | undefined) =>
      Object.fromEntries((lines ?? []).flatMap((line) => (line ? [[line.variant_id, Number(line.quantity)]] : [])))
    const signIn = async (session: CustomerSession, body: { cart_id?: string }) => {
      const response = await api.post("/store/customers/me/cart", body, session)
      expect(response.status).toBe(200)
      return response.data as StoreCustomerCartResponse
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      const cooperative = await createCooperative(container, { handle: "nahl-taounate" })
      const shipping = await setUpCooperativeShipping(container, store, cooperative.id)
      const honeyProduct = await createCooperativeProduct(container, store, cooperative.id, {
        title: "عسل",
        handle: "asal",
        shipping,
        stock: 10,
      })
      const figsProduct = await createCooperativeProduct(container, store, cooperative.id, {
        title: "تين",
        handle: "tin",
        shipping,
        stock: 2,
      })
      honey = honeyProduct.variants[0].id
      rareFigs = figsProduct.variants[0].id
      // A new email each test: registrations are rate-limited per email (the counters outlive the database restore).
      customer = await signUpCustomer(api, store, `amina-${++registrations}@example.ma`)
    })

    it("makes the guest cart the customer's and merges their previous cart into it, once", async () => {
      const previous = await createCart(customer, [
        { variant_id: honey, quantity: 2 },
        { variant_id: rareFigs, quantity: 1 },
      ])
      const guest = await createCart(store.storeHeaders, [{ variant_id: honey, quantity: 1 }])

      const merged = await signIn(customer, { cart_id: guest })
      expect(merged).toEqual({ cart: { id: guest }, skipped_item_ids: [] })
      const cart = await getCart(guest)
      const { data: me } = await api.get("/store/customers/me", customer)
      expect(cart.customer_id).toBe(me.customer.id)
      expect(quantities(cart.items)).toEqual({ [honey]: 3, [rareFigs]: 1 })
      expect((await getCart(previous)).metadata).toMatchObject({ merged_into: guest })

      // Signing in again with the same cart merges nothing twice.
      expect(await signIn(customer, { cart_id: guest })).toEqual({ cart: { id: guest }, skipped_item_ids: [] })
      expect(quantities((await getCart(guest)).items)).toEqual({ [honey]: 3, [rareFigs]: 1 })
    })

    it("merges once when two sign-ins overlap", async () => {
      await createCart(customer, [{ variant_id: honey, quantity: 2 }])
      const guest = await createCart(store.storeHeaders, [{ variant_id: honey, quantity: 1 }])
      await Promise.all([signIn(customer, { cart_id: guest }), signIn(customer, { cart_id: guest })])
      expect(quantities((await getCart(guest)).items)).toEqual({ [honey]: 3 })
    })

    it("skips the lines that no longer fit the stock and reports them", async () => {
      const previous = await createCart(customer, [
        { variant_id: rareFigs, quantity: 1 },
        { variant_id: honey, quantity: 1 },
      ])
      const previousFigsLine = (await getCart(previous)).items?.find((line) => line?.variant_id === rareFigs)
      const guest = await createCart(store.storeHeaders, [{ variant_id: rareFigs, quantity: 2 }])

      const merged = await signIn(customer, { cart_id: guest })
      expect(merged.skipped_item_ids).toEqual([previousFigsLine?.id])
      expect(quantities((await getCart(guest)).items)).toEqual({ [rareFigs]: 2, [honey]: 1 })
    })

    it("without a guest cart, returns the customer's most recent open cart, or none", async () => {
      expect(await signIn(customer, {})).toEqual({ cart: null, skipped_item_ids: [] })
      await createCart(customer, [{ variant_id: honey, quantity: 1 }])
      const latest = await createCart(customer, [{ variant_id: honey, quantity: 2 }])
      expect(await signIn(customer, {})).toEqual({ cart: { id: latest }, skipped_item_ids: [] })
    })

    it("never touches another customer's cart", async () => {
      const theirs = await createCart(customer, [{ variant_id: honey, quantity: 1 }])
      const intruder = await signUpCustomer(api, store, "intruder@example.ma")
      await createCart(intruder, [{ variant_id: rareFigs, quantity: 1 }])

      const response = await api
        .post("/store/customers/me/cart", { cart_id: theirs }, intruder)
        .catch((error: { response: { status: number } }) => error.response)
      expect(response.status).toBe(404)
      // Medusa's own transfer route refuses it too.
      const transfer = await api
        .post(`/store/carts/${theirs}/customer`, {}, intruder)
        .catch((error: { response: { status: number } }) => error.response)
      expect(transfer.status).toBe(404)
      const cart = await getCart(theirs)
      const { data: me } = await api.get("/store/customers/me", customer)
      expect(cart.customer_id).toBe(me.customer.id)
      expect(quantities(cart.items)).toEqual({ [honey]: 1 })
    })

    it("rolls the transfer and the merged lines back when a later step fails", async () => {
      await createCart(customer, [{ variant_id: honey, quantity: 2 }])
      const guest = await createCart(store.storeHeaders, [{ variant_id: honey, quantity: 1 }])
      const { data: me } = await api.get("/store/customers/me", customer)

      const workflow = mergeCustomerCartsWorkflow(getContainer())
      workflow.appendAction("fail-after-marking", "update-carts", {
        invoke: async () => {
          throw new Error("Sign-in interrupted")
        },
      })
      const { errors } = await workflow.run({ input: { customer_id: me.customer.id, cart_id: guest }, throwOnError: false })
      expect(errors[0]?.error?.message).toBe("Sign-in interrupted")

      const cart = await getCart(guest)
      expect(cart.customer_id).toBeNull()
      expect(quantities(cart.items)).toEqual({ [honey]: 1 })
      // Nothing was marked merged: the next sign-in merges for real.
      expect((await signIn(customer, { cart_id: guest })).cart).toEqual({ id: guest })
      expect(quantities((await getCart(guest)).items)).toEqual({ [honey]: 3 })
    })

    it("asks for sign-in", async () => {
      const response = await api
        .post("/store/customers/me/cart", {}, store.storeHeaders)
        .catch((error: { response: { status: number } }) => error.response)
      expect(response.status).toBe(401)
    })
  },
})
