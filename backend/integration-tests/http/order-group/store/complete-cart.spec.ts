import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TERMS_VERSION, type StoreOrderGroup } from "@tadamon/shared"
import { completeCartWithCooperativeOrdersWorkflow } from "../../../../src/workflows/order-group/complete-cart-with-cooperative-orders"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { chooseShipping, completeCart, createCart, createShop, payCashOnDelivery, type Shop } from "../../../fixtures/checkout"
import type { Json } from "../../../fixtures/http"

jest.setTimeout(180 * 1000)

/** Set by a test to make the order-group hook fail after every other step ran. */
let failAfterPlacing = false
completeCartWithCooperativeOrdersWorkflow.hooks.orderGroupPlaced(async () => {
  if (failAfterPlacing) {
    throw new Error("Injected failure after the orders were placed")
  }
})

async function counts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string, filters: Record<string, unknown> = {}) =>
    (await query.graph({ entity, fields: ["id"], filters })).data.length
  return {
    groups: await count("order_group"),
    orders: await count("order"),
    reservations: await count("reservation_item"),
    authorizedPayments: (await container.resolve(Modules.PAYMENT).listPayments({})).filter(
      (payment) => !payment.captured_at && !payment.canceled_at
    ).length,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop
    let weaving: Shop

    beforeEach(() => {
      failAfterPlacing = false
    })

    // One catalog for every test: the runner restores the database to its state after beforeAll.
    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      honey = await createShop(container, store, { handle: "nahl", name: "تعاونية النحل", sector: "honey" }, [
        { handle: "thyme-honey", price: 180, stock: 50 },
        { handle: "carob-honey", price: 140, stock: 5 },
      ])
      figs = await createShop(container, store, { handle: "tin", name: "تعاونية التين", sector: "figs-dried-fruit" }, [
        { handle: "dried-figs", price: 90, stock: 50 },
      ])
      weaving = await createShop(container, store, { handle: "nasij", name: "تعاونية النسيج", sector: "crafts" }, [
        { handle: "rug", price: 1200, stock: 3 },
      ])
    })

    async function readyCart(lines: Array<{ variant_id: string; quantity: number }>, email?: string) {
      const cartId = await createCart(api, store, lines, email)
      await chooseShipping(api, store, cartId)
      await payCashOnDelivery(api, store, cartId)
      return cartId
    }

    it("splits a cart of three cooperatives into three orders whose totals add up to the cart's", async () => {
      const cartId = await readyCart([
        { variant_id: honey.variants["thyme-honey"], quantity: 2 },
        { variant_id: honey.variants["carob-honey"], quantity: 1 },
        { variant_id: figs.variants["dried-figs"], quantity: 3 },
        { variant_id: weaving.variants["rug"], quantity: 1 },
      ])
      const { data: cartBefore } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)

      const response = await completeCart(api, store, cartId)
      expect(response.status).toBe(200)
      expect(response.data.type).toBe("order")
      const group: StoreOrderGroup = response.data.order_group
      expect(group.reference).toMatch(/^TDM-[0-9A-Z]{6}$/)
      expect(group.orders).toHaveLength(3)
      expect(group.orders.map((order) => order.cooperative.handle).sort()).toEqual(["nahl", "nasij", "tin"])
      // Medusa's own answer for standard clients: the first cooperative's order, in full.
      expect(response.data.order).toMatchObject({ id: group.orders[0].id, email: group.email, currency_code: "mad" })
      expect(response.data.order.items.length).toBe(group.orders[0].items.length)

      const honeyOrder = group.orders.find((order) => order.cooperative.handle === "nahl")!
      expect(honeyOrder.items.map((item) => item.quantity).sort()).toEqual([1, 2])
      expect(honeyOrder.shipping).not.toBeNull()

      const sum = group.orders.reduce((acc, order) => acc + order.total, 0)
      expect(sum).toBeCloseTo(cartBefore.cart.total, 6)
      expect(group.total).toBeCloseTo(cartBefore.cart.total, 6)
      expect(group.amount_to_collect).toBeCloseTo(cartBefore.cart.total, 6)
      for (const order of group.orders) {
        expect(order.payment_status).toBe("authorized")
        expect(order.total).toBeCloseTo(order.item_total + order.shipping_total, 6)
      }

      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: reservations } = await query.graph({
        entity: "reservation_item",
        fields: ["quantity", "location_id", "inventory_item_id"],
      })
      expect(reservations.reduce((acc, r) => acc + Number(r.quantity), 0)).toBe(7)
      expect(new Set(reservations.map((r) => r.location_id))).toEqual(
        new Set([honey.stockLocationId, figs.stockLocationId, weaving.stockLocationId])
      )
      const { data: carts } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
      expect(carts[0].completed_at).toBeTruthy()
    })

    it("links every order to the cooperative whose goods it holds, checkout after checkout", async () => {
      // Orders created together may come back from Medusa in any order: a link by position would
      // hand one cooperative the other's order now and then. Twelve checkouts in a row show it.
      const variantsOf = new Map([honey, figs, weaving].map((shop) => [shop.cooperative.id, new Set(Object.values(shop.variants))]))
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      for (let round = 0; round < 12; round++) {
        const cartId = await readyCart(
          [
            { variant_id: honey.variants["thyme-honey"], quantity: 1 },
            { variant_id: figs.variants["dried-figs"], quantity: 1 },
            ...(round % 6 === 0 ? [{ variant_id: weaving.variants["rug"], quantity: 1 }] : []),
          ],
          `buyer${round}@example.ma`
        )
        const response = await completeCart(api, store, cartId)
        expect(response.status).toBe(200)
        const group: StoreOrderGroup = response.data.order_group
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "items.variant_id", "cooperative.id"],
          filters: { id: group.orders.map((order) => order.id) },
        })
        for (const order of orders as Array<{ id: string; items: Array<{ variant_id: string } | null>; cooperative?: { id: string } | null }>) {
          const own = variantsOf.get(order.cooperative?.id ?? "")
          expect({ round, order: order.id, foreign: order.items.filter((line) => !own?.has(line?.variant_id ?? "")).length }).toEqual({
            round,
            order: order.id,
            foreign: 0,
          })
        }
      }
    })

    it("gives exactly one group when the same cart is completed ten times at once, and again later", async () => {
      const cartId = await readyCart([
        { variant_id: honey.variants["thyme-honey"], quantity: 1 },
        { variant_id: figs.variants["dried-figs"], quantity: 1 },
      ])
      const responses = await Promise.all(Array.from({ length: 10 }, () => completeCart(api, store, cartId)))
      const references = new Set(responses.filter((r) => r.status === 200).map((r) => r.data.order_group.reference))
      expect(responses.every((r) => r.status === 200)).toBe(true)
      expect(references.size).toBe(1)

      const again = await completeCart(api, store, cartId)
      expect(again.data.order_group.reference).toBe([...references][0])
      expect(await counts(getContainer())).toEqual(expect.objectContaining({ groups: 1, orders: 2, reservations: 2 }))
    })

    it("sells exactly the 5 units in stock when 20 carts race for them", async () => {
      const cartIds = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          readyCart([{ variant_id: honey.variants["carob-honey"], quantity: 1 }], `buyer${index}@example.ma`)
        )
      )
      const responses = await Promise.all(cartIds.map((cartId) => completeCart(api, store, cartId)))
      const sold = responses.filter((r) => r.status === 200)
      const refused = responses.filter((r) => r.status !== 200)
      expect(sold).toHaveLength(5)
      expect(refused).toHaveLength(15)
      for (const response of refused) {
        expect(response.status).toBe(409)
        expect(response.data.errors[0]).toEqual(expect.objectContaining({ field: "items", code: "out_of_stock" }))
        expect(response.data.message).toContain("carob-honey")
      }
      const after = await counts(getContainer())
      expect(after).toEqual(expect.objectContaining({ groups: 5, orders: 5, reservations: 5, authorizedPayments: 5 }))
    })

    it("refuses a cart without a shipping method for one cooperative, naming it in the customer's language", async () => {
      const cartId = await createCart(api, store, [
        { variant_id: honey.variants["thyme-honey"], quantity: 1 },
        { variant_id: figs.variants["dried-figs"], quantity: 1 },
      ])
      await chooseShipping(api, store, cartId, [figs.shippingProfileId])
      await payCashOnDelivery(api, store, cartId)

      const arabic = await completeCart(api, store, cartId)
      expect(arabic.status).toBe(400)
      expect(arabic.data.errors[0]).toEqual(expect.objectContaining({ field: "shipping_methods", code: "missing_shipping_method" }))
      expect(arabic.data.message).toContain("تعاونية التين")
      expect(arabic.data.message).not.toContain("تعاونية النحل")

      const french = await api
        .post(`/store/carts/${cartId}/complete?locale=fr-MA`, {}, store.storeHeaders)
        .catch((error: { response: { status: number; data: { message: string } } }) => error.response)
      expect(french.data.message).toMatch(/^Choisissez un mode de livraison/)
      expect(await counts(getContainer())).toEqual({ groups: 0, orders: 0, reservations: 0, authorizedPayments: 0 })
    })

    it("places an order only once the customer accepted the terms in force, dated by the server, and each order keeps it", async () => {
      const cartId = await readyCart([
        { variant_id: honey.variants["thyme-honey"], quantity: 1 },
        { variant_id: figs.variants["dried-figs"], quantity: 1 },
      ])
      const send = (body: Json, locale = "ar-MA") =>
        api
          .post(`/store/carts/${cartId}?locale=${locale}`, body, store.storeHeaders)
          .catch((error: { response: { status: number; data: Json } }) => error.response)
      const complete = (locale: string) =>
        api
          .post(`/store/carts/${cartId}/complete?locale=${locale}`, {}, store.storeHeaders)
          .catch((error: { response: { status: number; data: { message: string; errors: Json[] } } }) => error.response)

      // Withdrawn (as a standard client unticks a box): the completion is refused in the customer's language.
      expect((await send({ metadata: { terms_acceptance: "" } })).status).toBe(200)
      const refused = await complete("fr-MA")
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual([expect.objectContaining({ field: "terms_acceptance", code: "terms_not_accepted" })])
      expect(refused.data.message).toMatch(/^Lisez et acceptez les conditions générales de vente/)
      expect(await counts(getContainer())).toEqual({ groups: 0, orders: 0, reservations: 0, authorizedPayments: 0 })

      // Terms that are not in force, and values a form would never send, are refused where they are sent.
      for (const [value, code] of [
        [{ version: "2019-01-01" }, "terms_changed"],
        [{ version: ["x"] }, "terms_not_accepted"],
        [true, "terms_not_accepted"],
      ] as const) {
        const answer = await send({ metadata: { terms_acceptance: value } }, "en-US")
        expect(answer.status).toBe(400)
        expect(answer.data.errors).toEqual([expect.objectContaining({ field: "metadata.terms_acceptance.version", code })])
      }
      expect((await complete("ar-MA")).data.errors[0].code).toBe("terms_not_accepted")

      // Accepted: the server writes the time, whatever the client claimed.
      const before = Date.now()
      const accepted = await send({ metadata: { terms_acceptance: { version: TERMS_VERSION, accepted_at: "2001-01-01T00:00:00Z" } } })
      expect(accepted.status).toBe(200)
      const recorded = accepted.data.cart.metadata.terms_acceptance
      expect(recorded.version).toBe(TERMS_VERSION)
      expect(Date.parse(recorded.accepted_at)).toBeGreaterThanOrEqual(before - 1000)

      const placed = await complete("ar-MA")
      expect(placed.status).toBe(200)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["metadata"], filters: { id: placed.data.order_group.orders.map((order: { id: string }) => order.id) } })
      expect(orders.map((order) => order.metadata?.terms_acceptance)).toEqual([recorded, recorded])
    })

    it("refuses a cart with no payment session", async () => {
      const cartId = await createCart(api, store, [{ variant_id: honey.variants["thyme-honey"], quantity: 1 }])
      await chooseShipping(api, store, cartId)
      const response = await completeCart(api, store, cartId)
      expect(response.status).toBe(400)
      expect(response.data.errors[0].code).toBe("payment_required")
    })

    it("leaves no group, order, reservation or held payment when a late step fails", async () => {
      const cartId = await readyCart([
        { variant_id: honey.variants["thyme-honey"], quantity: 2 },
        { variant_id: weaving.variants["rug"], quantity: 1 },
      ])
      failAfterPlacing = true
      const response = await completeCart(api, store, cartId)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(await counts(getContainer())).toEqual({ groups: 0, orders: 0, reservations: 0, authorizedPayments: 0 })
      const { data } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
      expect(data.cart.completed_at).toBeNull()

      failAfterPlacing = false
      const retry = await completeCart(api, store, cartId)
      expect(retry.status).toBe(200)
      expect(retry.data.order_group.orders).toHaveLength(2)
    })
  },
})
