import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { updateProductVariantsWorkflow, updateProductsWorkflow, updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { ATTRIBUTION_METADATA_KEY } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"
import { suspendCooperativeWorkflow } from "../../../../src/workflows/moderation/suspend-cooperative"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { chooseShipping, completeCart, createCart, createShop, payCashOnDelivery, type Shop } from "../../../fixtures/checkout"
import { createEdition, dayFromToday } from "../../../fixtures/market"
import type { Json } from "../../../fixtures/http"

jest.setTimeout(240 * 1000)

/**
 * The client proposes, the server decides (issue: money integrity). Every request below is one an
 * attacker can send with a plain HTTP client through Medusa's standard Store API routes.
 */

type Api = Parameters<typeof createCart>[0]

async function counts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  return { groups: await count("order_group"), orders: await count("order"), reservations: await count("reservation_item") }
}

const send = (request: Promise<{ status: number; data: Json }>) =>
  request.catch((error: { response: { status: number; data: Json } }) => error.response)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop

    // One catalog for every test: the runner restores the database to its state after beforeAll.
    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      honey = await createShop(container, store, { handle: "nahl", name: "تعاونية النحل", sector: "honey" }, [
        { handle: "thyme-honey", price: 40, stock: 200 },
      ])
      figs = await createShop(container, store, { handle: "tin", name: "تعاونية التين", sector: "figs-dried-fruit" }, [
        { handle: "dried-figs", price: 90, stock: 50 },
      ])
    })

    const withLocale = (locale: string) => ({ headers: { ...store.storeHeaders.headers, "x-medusa-locale": locale } })
    const lines = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}`, store.storeHeaders)).data.cart.items.map((item: { variant_id: string; quantity: number }) => ({
        variant_id: item.variant_id,
        quantity: item.quantity,
      }))

    async function readyCart(items: Array<{ variant_id: string; quantity: number }>, email?: string) {
      const cartId = await createCart(api as Api, store, items, email)
      await chooseShipping(api as Api, store, cartId)
      await payCashOnDelivery(api as Api, store, cartId)
      return cartId
    }

    describe("only a published product of an approved cooperative, in the store's channel, is sold", () => {
      it("refuses a pending cooperative's product an organizer published, at cart creation and at add, naming it", async () => {
        const container = getContainer()
        const pending = await createShop(container, store, { handle: "jadida", name: "تعاونية جديدة", status: "pending" }, [
          { handle: "new-honey", price: 50, stock: 10 },
        ])
        // An organizer publishes the product; the cooperative is still pending.
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [variant],
        } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: pending.variants["new-honey"] } })
        const productId = variant.product_id as string
        await updateProductsWorkflow(container).run({ input: { selector: { id: productId }, update: { status: "published" } } })
        expect((await send(api.get(`/store/products/${productId}`, store.storeHeaders))).status).toBe(404)

        const cartId = await createCart(api as Api, store, [{ variant_id: honey.variants["thyme-honey"], quantity: 1 }])
        const added = await send(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: pending.variants["new-honey"], quantity: 1 }, withLocale("fr-MA"))
        )
        expect(added.status).toBe(400)
        expect(added.data.errors).toEqual([expect.objectContaining({ field: "variant_id", code: "not_for_sale" })])
        expect(added.data.errors[0].message).toMatch(/n'est plus en vente/)
        expect(added.data.errors[0].message).toContain("new-honey")
        expect(await lines(cartId)).toEqual([{ variant_id: honey.variants["thyme-honey"], quantity: 1 }])

        const created = await send(
          api.post(
            "/store/carts",
            { region_id: store.regionId, items: [{ variant_id: pending.variants["new-honey"], quantity: 1 }] },
            store.storeHeaders
          )
        )
        expect(created.status).toBe(400)
        expect(created.data.errors[0]).toEqual(expect.objectContaining({ field: "variant_id", code: "not_for_sale" }))
      })

      it("refuses to change or place a line whose cooperative was suspended while the cart waited, and writes nothing", async () => {
        const container = getContainer()
        const cartId = await readyCart([
          { variant_id: honey.variants["thyme-honey"], quantity: 2 },
          { variant_id: figs.variants["dried-figs"], quantity: 1 },
        ])
        const itemId = (await api.get(`/store/carts/${cartId}`, store.storeHeaders)).data.cart.items.find(
          (item: { variant_id: string }) => item.variant_id === honey.variants["thyme-honey"]
        ).id
        await suspendCooperativeWorkflow(container).run({ input: { cooperative_id: honey.cooperative.id, reason: "ONSSA authorisation withdrawn" } })

        const raised = await send(api.post(`/store/carts/${cartId}/line-items/${itemId}`, { quantity: 3 }, withLocale("en-US")))
        expect(raised.status).toBe(400)
        expect(raised.data.errors[0]).toEqual(expect.objectContaining({ field: "quantity", code: "not_for_sale" }))

        const placed = await completeCart(api as Api, store, cartId)
        expect(placed.status).toBe(400)
        expect(placed.data.errors).toEqual([expect.objectContaining({ code: "not_for_sale" })])
        expect(placed.data.errors[0].message).toContain("thyme-honey")
        expect(await counts(container)).toEqual({ groups: 0, orders: 0, reservations: 0 })
        // Removing the line is always allowed; the rest of the cart can then be placed.
        expect((await api.post(`/store/carts/${cartId}/line-items/${itemId}`, { quantity: 0 }, store.storeHeaders)).status).toBe(200)
        await chooseShipping(api as Api, store, cartId)
        await payCashOnDelivery(api as Api, store, cartId)
        expect((await completeCart(api as Api, store, cartId)).status).toBe(200)
      })

      it("checks the cooperative itself at completion, even when its product is still in the channel", async () => {
        const container = getContainer()
        const cartId = await readyCart([{ variant_id: honey.variants["thyme-honey"], quantity: 1 }])
        // A suspension recorded without its channel clean-up (e.g. an organizer's direct edit).
        await container.resolve(COOPERATIVE_MODULE).updateCooperatives({ id: honey.cooperative.id, status: "suspended" })
        const placed = await completeCart(api as Api, store, cartId)
        expect(placed.status).toBe(400)
        expect(placed.data.errors[0].code).toBe("not_for_sale")
        expect(await counts(container)).toEqual({ groups: 0, orders: 0, reservations: 0 })
      })
    })

    describe("quantities are whole numbers from 1 to 99", () => {
      it("refuses fractions, zero, negatives and huge quantities at add, update and cart creation, naming the field", async () => {
        const variant_id = honey.variants["thyme-honey"]
        const cartId = await createCart(api as Api, store, [{ variant_id, quantity: 2 }])
        for (const quantity of [0.4, 1.5, 100, 1e9]) {
          const added = await send(api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity }, withLocale("ar-MA")))
          expect([quantity, added.status]).toEqual([quantity, 400])
          expect(added.data.errors).toEqual([expect.objectContaining({ field: "quantity", code: "invalid_quantity" })])
          expect(added.data.errors[0].message).toContain("الكمية")
        }
        for (const quantity of [0, -1, "2"]) {
          const added = await send(api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity }, store.storeHeaders))
          expect([quantity, added.status]).toEqual([quantity, 400])
        }
        // Adding to a line counts what it already holds.
        expect((await send(api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 98 }, store.storeHeaders))).status).toBe(400)
        expect((await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 97 }, store.storeHeaders)).status).toBe(200)

        const itemId = (await api.get(`/store/carts/${cartId}`, store.storeHeaders)).data.cart.items[0].id
        for (const quantity of [1.5, 0.4, 100, -2]) {
          const updated = await send(api.post(`/store/carts/${cartId}/line-items/${itemId}`, { quantity }, store.storeHeaders))
          expect([quantity, updated.status]).toEqual([quantity, 400])
        }
        expect(await lines(cartId)).toEqual([{ variant_id, quantity: 99 }])

        const created = await send(
          api.post("/store/carts", { region_id: store.regionId, items: [{ variant_id, quantity: 2.5 }] }, store.storeHeaders)
        )
        expect(created.status).toBe(400)
        expect(created.data.errors[0]).toEqual(expect.objectContaining({ field: "quantity", code: "invalid_quantity" }))
      })
    })

    describe("completion prices the cart afresh", () => {
      it("answers 409 with the new totals when a price changed, then places the order at the new price", async () => {
        const container = getContainer()
        const cartId = await readyCart([{ variant_id: honey.variants["thyme-honey"], quantity: 2 }])
        const before = (await api.get(`/store/carts/${cartId}`, store.storeHeaders)).data.cart
        expect(before.items[0].unit_price).toBe(40)

        await updateProductVariantsWorkflow(container).run({
          input: { selector: { id: honey.variants["thyme-honey"] }, update: { prices: [{ amount: 400, currency_code: "mad" }] } },
        })
        const refused = await completeCart(api as Api, store, cartId)
        expect(refused.status).toBe(409)
        expect(refused.data.errors[0]).toEqual(expect.objectContaining({ field: "cart", code: "cart_changed" }))
        // 800 MAD of honey now ships free (the cooperative's threshold is 500): both show.
        expect(refused.data.changes).toEqual([
          expect.objectContaining({ kind: "price", before: 40, after: 400 }),
          expect.objectContaining({ kind: "shipping", before: 40, after: 0 }),
        ])
        expect(refused.data.totals.before).toBe(before.total)
        expect(refused.data.totals.after).toBe(800)
        expect(await counts(container)).toEqual({ groups: 0, orders: 0, reservations: 0 })

        // The cart now holds what the customer was shown; confirming again places it at that price.
        await payCashOnDelivery(api as Api, store, cartId)
        const placed = await completeCart(api as Api, store, cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.order_group.total).toBe(refused.data.totals.after)
        expect(placed.data.order_group.orders[0].items[0].unit_price).toBe(400)
      })

      it("answers 409 when a shipping amount changed since the cart was priced", async () => {
        const container = getContainer()
        const cartId = await readyCart([{ variant_id: figs.variants["dried-figs"], quantity: 1 }])
        const cart = (await api.get(`/store/carts/${cartId}`, store.storeHeaders)).data.cart
        const method = cart.shipping_methods[0]
        await updateShippingOptionsWorkflow(container).run({
          input: [{ id: method.shipping_option_id, prices: [{ currency_code: "mad", amount: Number(method.amount) + 15 }] }],
        })
        const refused = await completeCart(api as Api, store, cartId)
        expect(refused.status).toBe(409)
        expect(refused.data.changes).toEqual([
          expect.objectContaining({ kind: "shipping", before: Number(method.amount), after: Number(method.amount) + 15 }),
        ])
        expect(refused.data.totals.after).toBe(cart.total + 15)
      })
    })

    describe("attribution is decided by the server", () => {
      async function placedWith(claim: Record<string, unknown>, index: number) {
        // One customer each: carts are placed at once.
        const cartId = await readyCart([{ variant_id: honey.variants["thyme-honey"], quantity: 1 }], `visitor-${index}@example.ma`)
        await api.post(`/store/carts/${cartId}`, { metadata: { [ATTRIBUTION_METADATA_KEY]: claim } }, store.storeHeaders)
        const placed = await completeCart(api as Api, store, cartId)
        expect(placed.status).toBe(200)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [group],
        } = await query.graph({
          entity: "order_group",
          fields: ["edition_id", "channel", "attributed_cooperative_id"],
          filters: { id: placed.data.order_group.id },
        })
        return group
      }

      // The rule's every case is in utils/__tests__/attribution.unit.spec.ts; these go through checkout.
      it("credits a stand only to its own cooperative's goods, in the edition's window, and never a suspended one", async () => {
        const container = getContainer()
        const suspended = await createShop(container, store, { handle: "mawquf" }, [])
        const participants = [
          { cooperative_id: honey.cooperative.id, stand_number: "1" },
          { cooperative_id: figs.cooperative.id, stand_number: "2" },
          { cooperative_id: suspended.cooperative.id, stand_number: "4" },
        ]
        const open = await createEdition(container, { handle: "souk-open", participants, starts_on: dayFromToday(-2) }, -2)
        await createEdition(container, { handle: "souk-past", participants, starts_on: dayFromToday(-200) }, -200)
        // Suspended after the edition was set up with it.
        await suspendCooperativeWorkflow(container).run({ input: { cooperative_id: suspended.cooperative.id, reason: "test" } })

        const none = { edition_id: null, channel: "other", attributed_cooperative_id: null }
        // Each cart holds only the honey cooperative's goods.
        const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
          [{ edition: "souk-open", channel: "stand_qr", cooperative: "nahl" }, { edition_id: open.id, channel: "stand_qr", attributed_cooperative_id: honey.cooperative.id }],
          [{ edition: "souk-open", channel: "stand_qr", cooperative: "tin" }, none],
          [{ edition: "souk-open", channel: "stand_qr", cooperative: suspended.cooperative.id }, none],
          [{ edition: "souk-past", channel: "stand_qr", cooperative: "nahl" }, none],
          [{ edition: "souk-open", channel: "edition_page" }, { edition_id: open.id, channel: "edition_page", attributed_cooperative_id: null }],
        ]
        const stored = await Promise.all(cases.map(([claim], index) => placedWith(claim, index)))
        expect(stored).toEqual(cases.map(([, expected]) => expected))
      })
    })

    it("never lets a client start a payment session on a placed order's or a completed cart's payment collection", async () => {
      const container = getContainer()
      const cartId = await readyCart([{ variant_id: honey.variants["thyme-honey"], quantity: 1 }])
      const placed = await completeCart(api as Api, store, cartId)
      expect(placed.status).toBe(200)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["payment_collections.id"], filters: { id: placed.data.order_group.orders[0].id } })
      const {
        data: [cart],
      } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cartId } })
      for (const collectionId of [order.payment_collections?.[0]?.id, cart.payment_collection?.id]) {
        const started = await send(
          api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_cod_cod" }, store.storeHeaders)
        )
        expect(started.status).toBe(404)
      }
      const payments = await container.resolve(Modules.PAYMENT).listPayments({}, { select: ["id", "canceled_at"] })
      expect(payments.filter((payment) => payment.canceled_at)).toHaveLength(0)
    })
  },
})
