import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { StoreOrderGroup } from "@tadamon/shared"
import { createOrganizer } from "../../../fixtures/admin"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { chooseShipping, completeCart, createCart, createShop, payCashOnDelivery, type Shop } from "../../../fixtures/checkout"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop
    let adminHeaders: { headers: Record<string, string> }
    let group: StoreOrderGroup

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      adminHeaders = (await createOrganizer(container)).adminHeaders
      honey = await createShop(container, store, { handle: "nahl", sector: "honey" }, [{ handle: "thyme-honey", price: 180, stock: 10 }])
      figs = await createShop(container, store, { handle: "tin", sector: "figs-dried-fruit" }, [{ handle: "dried-figs", price: 90, stock: 10 }])
      const cartId = await createCart(api, store, [
        { variant_id: honey.variants["thyme-honey"], quantity: 2 },
        { variant_id: figs.variants["dried-figs"], quantity: 1 },
      ])
      await chooseShipping(api, store, cartId)
      await payCashOnDelivery(api, store, cartId)
      group = (await completeCart(api, store, cartId)).data.order_group
    })

    const orderOf = (handle: string) => group.orders.find((order) => order.cooperative.handle === handle)!
    const lookup = async () =>
      (await api.get(`/store/order-groups/${group.reference}?email=${encodeURIComponent(group.email)}`, store.storeHeaders)).data
        .order_group as StoreOrderGroup

    it("captures one order's payment when its cash is collected, and only that one", async () => {
      const honeyOrder = orderOf("nahl")
      const response = await api.post(`/admin/orders/${honeyOrder.id}/cash-collected`, {}, adminHeaders)
      expect(response.status).toBe(200)
      expect(response.data.captured_amount).toBeCloseTo(honeyOrder.total, 6)

      const after = await lookup()
      expect(after.orders.find((o) => o.cooperative.handle === "nahl")!.payment_status).toBe("completed")
      expect(after.orders.find((o) => o.cooperative.handle === "tin")!.payment_status).toBe("authorized")
      expect(after.amount_to_collect).toBeCloseTo(orderOf("tin").total, 6)

      const twice = await api
        .post(`/admin/orders/${honeyOrder.id}/cash-collected`, {}, adminHeaders)
        .catch((error: { response: { status: number } }) => error.response)
      expect(twice.status).toBe(409)
    })

    it("refuses the cash-collected action without an organizer session", async () => {
      const response = await api
        .post(`/admin/orders/${orderOf("nahl").id}/cash-collected`, {})
        .catch((error: { response: { status: number } }) => error.response)
      expect(response.status).toBe(401)
    })

    it("voids the payment of a cancelled order and frees its stock, leaving the other order alone", async () => {
      const container = getContainer()
      const figsOrder = orderOf("tin")
      const cancel = await api.post(`/admin/orders/${figsOrder.id}/cancel`, {}, adminHeaders)
      expect(cancel.status).toBe(200)

      const payments = await container.resolve(Modules.PAYMENT).listPayments({}, { relations: ["payment_collection"] })
      const canceled = payments.filter((payment) => payment.canceled_at)
      expect(canceled).toHaveLength(1)
      expect(Number(canceled[0].amount)).toBeCloseTo(figsOrder.total, 6)

      const after = await lookup()
      expect(after.orders.find((o) => o.cooperative.handle === "tin")!.status).toBe("canceled")
      expect(after.orders.find((o) => o.cooperative.handle === "nahl")!.status).toBe("pending")
      expect(after.amount_to_collect).toBeCloseTo(orderOf("nahl").total, 6)

      const inventory = container.resolve(Modules.INVENTORY)
      const reservations = await inventory.listReservationItems({ location_id: figs.stockLocationId })
      expect(reservations).toHaveLength(0)
      expect(await inventory.listReservationItems({ location_id: honey.stockLocationId })).toHaveLength(1)

      const collect = await api
        .post(`/admin/orders/${figsOrder.id}/cash-collected`, {}, adminHeaders)
        .catch((error: { response: { status: number } }) => error.response)
      expect(collect.status).toBe(400)
    })

    it("lets a guest find the order by reference and email, and nobody by reference alone", async () => {
      expect((await lookup()).reference).toBe(group.reference)
      for (const query of ["", "?email=someone-else%40example.ma"]) {
        const response = await api
          .get(`/store/order-groups/${group.reference}${query}`, store.storeHeaders)
          .catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBe(404)
      }
      const lowerCase = await api.get(
        `/store/order-groups/${group.reference.toLowerCase()}?email=${encodeURIComponent(group.email.toUpperCase())}`,
        store.storeHeaders
      )
      expect(lowerCase.data.order_group.id).toBe(group.id)
    })
  },
})
