import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { encodeForm } from "@tadamon/stripe-local"
import type { EarningsStatement, StoreOrderGroup } from "@tadamon/shared"
import { VendorOrderEvents } from "../../../../src/workflows/vendor-order/events"
import { createOrganizer } from "../../../fixtures/admin"
import { createStoreFixture } from "../../../fixtures/catalog"
import { STRIPE_TEST_KEYS, useStripeDouble } from "../../../fixtures/stripe-double"
import { chooseShipping, completeCart, createCart, startCardPayment } from "../../../fixtures/checkout"
import { act, answer, createMarket, orderOf, type Market } from "./fixtures"

jest.setTimeout(240 * 1000)

const stripe = useStripeDouble()

async function refundsOf(paymentIntentId: string) {
  const response = await fetch(`${stripe.url}/v1/refunds?payment_intent=${paymentIntentId}`, { headers: { authorization: `Bearer ${STRIPE_TEST_KEYS.secret}` } })
  return ((await response.json()) as { data: Array<{ amount: number }> }).data.map((refund) => refund.amount)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let group: StoreOrderGroup
    let paymentIntentId: string

    beforeEach(async () => {
      await fetch(`${stripe.url}/_local/reset`, { method: "POST" })
      const container = getContainer()
      market = await createMarket(container, await createStoreFixture(container, { paymentProviders: ["pp_cod_cod", "pp_stripe_stripe"] }))
      const cartId = await createCart(
        api,
        market.store,
        [
          { variant_id: market.honey.variants["thyme-honey"], quantity: 2 },
          { variant_id: market.figs.variants["dried-figs"], quantity: 3 },
        ],
        "diaspora@example.fr"
      )
      await chooseShipping(api, market.store, cartId)
      const intent = await startCardPayment(api, market.store, cartId)
      paymentIntentId = intent.paymentIntentId
      await fetch(`${stripe.url}/v1/payment_intents/${intent.paymentIntentId}/confirm`, {
        method: "POST",
        headers: { authorization: `Bearer ${STRIPE_TEST_KEYS.publishable}`, "content-type": "application/x-www-form-urlencoded" },
        body: encodeForm({ client_secret: intent.clientSecret, payment_method: "pm_card_visa" }),
      })
      const response = await completeCart(api, market.store, cartId)
      expect(response.status).toBe(200)
      group = response.data.order_group
    })

    const sharePayment = async (orderId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      return data[0].payment_collections?.[0]?.payments?.[0]?.id as string
    }

    it("cancelling a card order refunds that order's share of the payment, and only it", async () => {
      const figsOrder = orderOf(group, "tin")
      const honeyOrder = orderOf(group, "nahl")
      const order = await act(api, market.figsOwner, figsOrder.id, "cancel", { reason: "Les figues ne sont plus disponibles" })
      expect(order.progress.status).toBe("cancelled")
      expect(order.payment).toEqual(expect.objectContaining({ method: "card", status: "refunded", refunded_amount: figsOrder.total }))

      // One partial refund of the PaymentIntent, to the centime of the figs share.
      expect(await refundsOf(paymentIntentId)).toEqual([Math.round(figsOrder.total * 100)])
      const payments = await getContainer().resolve(Modules.PAYMENT).listPayments({}, { relations: ["refunds"] })
      expect(payments.filter((payment) => payment.refunds?.length).map((payment) => payment.id)).toEqual([await sharePayment(figsOrder.id)])

      // The honey order is untouched and goes on.
      const honey = (await api.get(`/vendor/orders/${honeyOrder.id}`, market.honeyOwner)).data.order
      expect(honey.payment).toEqual(expect.objectContaining({ status: "captured", refunded_amount: 0 }))
      expect(honey.available_actions).toEqual(["accept", "cancel"])
    })

    it("settles a delivered card order at once, refuses recording cash for it, and books a later refund with its commission back", async () => {
      const container = getContainer()
      const { adminHeaders } = await createOrganizer(container)
      await api.post("/admin/settlement/commission", { rate: 10 }, adminHeaders)
      const honeyOrder = orderOf(group, "nahl")
      const headers = market.honeyOwner
      await act(api, headers, honeyOrder.id, "accept")
      await act(api, headers, honeyOrder.id, "prepare")
      await act(api, headers, honeyOrder.id, "ship", { carrier: "CTM Messagerie", tracking_number: "CTM-778899" })
      const settled = TestEventUtils.waitSubscribersExecution(VendorOrderEvents.SETTLED, container.resolve(Modules.EVENT_BUS))
      const delivered = await act(api, headers, honeyOrder.id, "deliver")
      await settled
      expect(delivered.available_actions).toEqual([])

      const cash = await answer(api.post(`/vendor/orders/${honeyOrder.id}/cash-collected`, {}, headers))
      expect(cash.status).toBe(400)
      expect(cash.data.message).toBe(`Order #${honeyOrder.display_id} is paid by card: there is no cash to collect`)
      // Nor can organizers: the card provider holds that money.
      const organizers = await answer(api.post(`/admin/orders/${honeyOrder.id}/cash-collected`, {}, adminHeaders))
      expect({ status: organizers.status, message: organizers.data.message }).toEqual({
        status: 409,
        message: `Order #${honeyOrder.display_id} is paid by card: there is no cash to collect`,
      })

      let statement: EarningsStatement = (await api.get("/vendor/earnings", headers)).data.statement
      const commission = -Math.round(honeyOrder.total * 10) / 100
      expect(statement).toEqual(expect.objectContaining({ sales: honeyOrder.total, commission, refunds: 0 }))

      // An organizer refunds 50 MAD of the delivered order through Medusa.
      const refunded = TestEventUtils.waitSubscribersExecution("payment.refunded", container.resolve(Modules.EVENT_BUS))
      await api.post(`/admin/payments/${await sharePayment(honeyOrder.id)}/refund`, { amount: 50 }, adminHeaders)
      await refunded
      statement = (await api.get("/vendor/earnings", headers)).data.statement
      expect(statement).toEqual(
        expect.objectContaining({
          sales: honeyOrder.total,
          refunds: -50,
          commission: commission + 5,
          balance_due: Math.round((honeyOrder.total + commission - 50 + 5) * 100) / 100,
        })
      )
      expect(statement.entries.map((entry) => [entry.type, entry.amount])).toEqual([
        ["sale", honeyOrder.total],
        ["commission", commission],
        ["refund", -50],
        ["commission", 5],
      ])
    })
  },
})
