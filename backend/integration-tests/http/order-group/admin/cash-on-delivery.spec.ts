import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { StoreOrderGroup, VendorOrder } from "@tadamon/shared"
import { VendorOrderEvents } from "../../../../src/workflows/vendor-order/events"
import { createOrganizer } from "../../../fixtures/admin"
import { registerCustomer } from "../../../fixtures/checkout"
import { act, answer, createMarket, orderOf as orderIn, placeCodOrder, shipOrder, type Headers, type Market } from "../../vendor/orders/fixtures"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let adminHeaders: Headers
    let group: StoreOrderGroup

    beforeEach(async () => {
      const container = getContainer()
      market = await createMarket(container)
      adminHeaders = (await createOrganizer(container)).adminHeaders
      group = await placeCodOrder(api, market)
    })

    const orderOf = (handle: string) => group.orders.find((order) => order.cooperative.handle === handle)!
    const lookup = async () =>
      (await api.get(`/store/order-groups/${group.reference}?email=${encodeURIComponent(group.email)}`, market.store.storeHeaders)).data
        .order_group as StoreOrderGroup

    it("lets organizers confirm the cash of a delivered Amana order only: that order's payment, once, with the portal's rules, lock and events", async () => {
      const honeyOrder = orderOf("nahl")
      const collect = (id = honeyOrder.id) => answer(api.post(`/admin/orders/${id}/cash-collected`, {}, adminHeaders))
      // Not delivered yet: there is no cash to confirm.
      const early = await collect()
      expect(early.status).toBe(409)
      expect(early.data.message).toBe(`Order #${honeyOrder.display_id} is not delivered yet: there is no cash to record`)
      await shipOrder(api, market.honeyOwner, honeyOrder.id, "RR555000111MA")

      // Five organizers press at once: one capture, the others see it done.
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      const collectedEvent = TestEventUtils.waitSubscribersExecution(VendorOrderEvents.CASH_COLLECTED, bus)
      const responses = await Promise.all(Array.from({ length: 5 }, () => collect()))
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409])
      await collectedEvent
      const ok = responses.find((response) => response.status === 200)
      expect(ok?.data).toEqual({ order_id: honeyOrder.id, payment_id: expect.any(String), captured_amount: honeyOrder.total })
      expect(responses.find((response) => response.status === 409)?.data.message).toMatch(
        new RegExp(`^(The cash of order #${honeyOrder.display_id} was already recorded as collected|Order #${honeyOrder.display_id} was already cash collected)$`)
      )

      const after = await lookup()
      expect(after.orders.find((o) => o.cooperative.handle === "nahl")!.payment_status).toBe("completed")
      expect(after.orders.find((o) => o.cooperative.handle === "tin")!.payment_status).toBe("authorized")
      expect(after.amount_to_collect).toBeCloseTo(orderOf("tin").total, 6)
      const order: VendorOrder = (await api.get(`/vendor/orders/${honeyOrder.id}`, market.honeyOwner)).data.order
      expect(order.payment.status).toBe("collected")
      expect(order.progress.history.at(-1)).toEqual(expect.objectContaining({ event: "cash_collected", actor: expect.objectContaining({ type: "user" }) }))
      // The cooperative cannot claim it afterwards.
      expect((await answer(api.post(`/vendor/orders/${honeyOrder.id}/cash-collected`, {}, market.honeyOwner))).status).toBe(409)
      expect((await answer(api.post("/admin/orders/order_unknown/cash-collected", {}, adminHeaders))).status).toBe(404)
    })

    it("lets organizers record the till's cash of a pickup order, which the cooperative can only claim", async () => {
      const pickup = orderIn(await placeCodOrder(api, market, { email: "pickup@example.ma", kind: "pickup" }), "nahl")
      await shipOrder(api, market.honeyOwner, pickup.id, "STORE-1")
      const claimed = await act(api, market.honeyOwner, pickup.id, "cash-collected")
      expect(claimed.payment).toEqual(expect.objectContaining({ cash_holder: "organizers", status: "awaiting_till", captured_amount: 0 }))
      const claims = (await api.get("/admin/settlement/cash-claims", adminHeaders)).data.claims
      expect(claims).toEqual([expect.objectContaining({ order_id: pickup.id, cash_holder: "organizers", amount: pickup.total })])

      const response = await api.post(`/admin/orders/${pickup.id}/cash-collected`, {}, adminHeaders)
      expect(response.data.captured_amount).toBe(pickup.total)
      const order: VendorOrder = (await api.get(`/vendor/orders/${pickup.id}`, market.honeyOwner)).data.order
      expect(order.payment.status).toBe("collected")
      expect((await api.get("/admin/settlement/cash-claims", adminHeaders)).data.claims).toEqual([])
    })

    it("refuses the cash-collected action without an organizer session", async () => {
      const id = orderOf("nahl").id
      const customer = await registerCustomer(api, market.store, "customer@example.ma")
      for (const headers of [undefined, market.honeyOwner, customer]) {
        expect((await answer(api.post(`/admin/orders/${id}/cash-collected`, {}, headers))).status).toBe(401)
      }
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
      const reservations = await inventory.listReservationItems({ location_id: market.figs.stockLocationId })
      expect(reservations).toHaveLength(0)
      expect(await inventory.listReservationItems({ location_id: market.honey.stockLocationId })).toHaveLength(1)

      const collect = await answer(api.post(`/admin/orders/${figsOrder.id}/cash-collected`, {}, adminHeaders))
      expect(collect.status).toBe(409)
      expect(collect.data.message).toBe(`Order #${figsOrder.display_id} is cancelled: there is no cash to collect`)
    })

    it("lets a guest find the order by reference and email, and nobody by reference alone", async () => {
      expect((await lookup()).reference).toBe(group.reference)
      for (const query of ["", "?email=someone-else%40example.ma"]) {
        const response = await api
          .get(`/store/order-groups/${group.reference}${query}`, market.store.storeHeaders)
          .catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBe(404)
      }
      const lowerCase = await api.get(
        `/store/order-groups/${group.reference.toLowerCase()}?email=${encodeURIComponent(group.email.toUpperCase())}`,
        market.store.storeHeaders
      )
      expect(lowerCase.data.order_group.id).toBe(group.id)
    })
  },
})
