import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type { StoreOrderGroup } from "@tadamon/shared"
import { createOrganizer } from "../../../fixtures/admin"
import { useSmtpSink } from "../../notification/smtp-sink"
import { act, answer, createMarket, orderOf, placeCodOrder, type Market } from "./fixtures"

jest.setTimeout(240 * 1000)

const sink = useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await createMarket(getContainer())
    })

    const customerView = async (group: StoreOrderGroup) =>
      (await api.get(`/store/order-groups/${group.reference}?email=${encodeURIComponent(group.email)}`, market.store.storeHeaders)).data
        .order_group as StoreOrderGroup
    const level = async (locationId: string) => {
      const [found] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ location_id: locationId })
      return { stocked: Number(found.stocked_quantity), reserved: Number(found.reserved_quantity) }
    }
    const paymentsOf = async () => getContainer().resolve(Modules.PAYMENT).listPayments({}, { relations: ["captures", "refunds"] })

    it("cancels a prepared order with a reason: its stock goes back, its cash payment is voided, the other cooperative's order goes on", async () => {
      const group = await placeCodOrder(api, market, { email: "fatima@example.ma", locale: "en-US" })
      const honeyOrder = orderOf(group, "nahl")
      const figsOrder = orderOf(group, "tin")
      await act(api, market.honeyOwner, honeyOrder.id, "accept")
      await act(api, market.honeyOwner, honeyOrder.id, "prepare")
      expect(await level(market.honey.stockLocationId)).toEqual({ stocked: 8, reserved: 0 })

      const reason = "The thyme honey jars broke while packing; we are sorry."
      const missing = await answer(api.post(`/vendor/orders/${honeyOrder.id}/cancel`, {}, market.honeyOwner))
      expect(missing.status).toBe(400)
      expect(missing.data.errors).toEqual([expect.objectContaining({ field: "reason", code: "required" })])

      const order = await act(api, market.honeyOwner, honeyOrder.id, "cancel", { reason })
      expect(order.progress).toEqual(expect.objectContaining({ status: "cancelled", cancel_reason: reason }))
      expect(order.payment).toEqual(expect.objectContaining({ status: "canceled", amount_to_collect: 0 }))
      expect(order.available_actions).toEqual([])

      // Restocked at the cooperative's location; the figs reservation untouched.
      expect(await level(market.honey.stockLocationId)).toEqual({ stocked: 10, reserved: 0 })
      expect(await level(market.figs.stockLocationId)).toEqual({ stocked: 10, reserved: 1 })

      // Only this order's payment is voided.
      const canceled = (await paymentsOf()).filter((payment) => payment.canceled_at)
      expect(canceled.map((payment) => Number(payment.amount))).toEqual([honeyOrder.total])

      const view = await customerView(group)
      expect(view.orders.find((o) => o.id === honeyOrder.id)).toEqual(
        expect.objectContaining({ status: "canceled", progress: expect.objectContaining({ status: "cancelled", cancel_reason: reason }) })
      )
      expect(view.orders.find((o) => o.id === figsOrder.id)?.status).toBe("pending")
      expect(view.amount_to_collect).toBeCloseTo(figsOrder.total, 6)

      const email = await sink.next((candidate) => candidate.mail.subject?.endsWith(`cancelled your order ${group.reference}`) ?? false)
      expect(email.envelopeTo).toEqual(["fatima@example.ma"])
      expect(email.mail.text).toContain(`Reason: ${reason}`)
      expect(email.mail.text).toContain("You have nothing to pay for this parcel.")
      expect(email.mail.text).toContain("The other parcels of your order are on their way as usual.")

      const again = await answer(api.post(`/vendor/orders/${honeyOrder.id}/accept`, {}, market.honeyOwner))
      expect(again.status).toBe(409)
      expect(again.data.message).toBe(`Order #${honeyOrder.display_id} is cancelled`)
      // The earnings are untouched: the cooperative never earned this order.
      expect((await api.get("/vendor/earnings", market.honeyOwner)).data.statement.entries).toEqual([])
    })

    it("lets the cooperative prepare an order again when an organizer cancelled its fulfillment in Medusa's Admin", async () => {
      const { adminHeaders } = await createOrganizer(getContainer())
      const group = await placeCodOrder(api, market)
      const honeyOrder = orderOf(group, "nahl")
      await act(api, market.honeyOwner, honeyOrder.id, "accept")
      const prepared = await act(api, market.honeyOwner, honeyOrder.id, "prepare")
      expect(prepared.progress.status).toBe("prepared")
      expect(await level(market.honey.stockLocationId)).toEqual({ stocked: 8, reserved: 0 })

      const { data } = await api.get(`/admin/orders/${honeyOrder.id}?fields=id,*fulfillments`, adminHeaders)
      const [fulfillment] = data.order.fulfillments as Array<{ id: string }>
      const reopened = TestEventUtils.waitSubscribersExecution(OrderWorkflowEvents.FULFILLMENT_CANCELED, getContainer().resolve(Modules.EVENT_BUS))
      const cancelled = await answer(api.post(`/admin/orders/${honeyOrder.id}/fulfillments/${fulfillment.id}/cancel`, {}, adminHeaders))
      expect(cancelled.status).toBe(200)
      await reopened

      // Back to accepted, its stock reserved again, and the step can be taken again.
      const view = (await api.get(`/vendor/orders/${honeyOrder.id}`, market.honeyOwner)).data.order
      expect(view.progress.status).toBe("accepted")
      expect(view.available_actions).toContain("prepare")
      expect(await level(market.honey.stockLocationId)).toEqual({ stocked: 10, reserved: 2 })
      const again = await act(api, market.honeyOwner, honeyOrder.id, "prepare")
      expect(again.progress.status).toBe("prepared")
      expect(await level(market.honey.stockLocationId)).toEqual({ stocked: 8, reserved: 0 })
      expect(again.progress.history.filter((entry) => entry.event === "prepared")).toHaveLength(1)
    })

    it("cancels a new order before it is prepared: the reservation is released", async () => {
      const group = await placeCodOrder(api, market)
      expect(await level(market.figs.stockLocationId)).toEqual({ stocked: 10, reserved: 1 })
      await act(api, market.figsOwner, orderOf(group, "tin").id, "cancel", { reason: "Closed for the harvest" })
      expect(await level(market.figs.stockLocationId)).toEqual({ stocked: 10, reserved: 0 })
      expect(await level(market.honey.stockLocationId)).toEqual({ stocked: 10, reserved: 2 })
      const cancelled = (await api.get("/vendor/orders?status=cancelled", market.figsOwner)).data
      expect(cancelled.count).toBe(1)
    })
  },
})
