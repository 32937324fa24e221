import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoreOrderGroup } from "@tadamon/shared"
import { createOrganizer } from "../../../fixtures/admin"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { STRIPE_TEST_KEYS, useStripeDouble } from "../../../fixtures/stripe-double"
import { chooseShipping, completeCart, createCart, createShop, startCardPayment, type Shop } from "../../../fixtures/checkout"
import { completeCartWithCooperativeOrdersWorkflow } from "../../../../src/workflows/order-group/complete-cart-with-cooperative-orders"

jest.setTimeout(240 * 1000)

/** Set by a test to make the order-group hook fail once every order is written. */
let failAfterPlacing = false
completeCartWithCooperativeOrdersWorkflow.hooks.orderGroupPlaced(async () => {
  if (failAfterPlacing) {
    throw new Error("Injected failure after the orders were placed")
  }
})

const stripe = useStripeDouble()

async function stripeIntent(id: string) {
  const response = await fetch(`${stripe.url}/v1/payment_intents/${id}?expand[]=latest_charge`, {
    headers: { authorization: `Bearer ${STRIPE_TEST_KEYS.secret}` },
  })
  return (await response.json()) as { status: string; amount: number; amount_received: number; latest_charge?: { amount_refunded: number } }
}

async function snapshot(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  const payments = await container.resolve(Modules.PAYMENT).listPayments({}, { relations: ["captures", "refunds"] })
  const { data: placedGroups } = await query.graph({ entity: "order_group", fields: ["id"], filters: { status: "placed" } })
  return {
    groups: await count("order_group"),
    // Groups whose placement finished (a group is written first, `placing`, then its orders).
    placed: placedGroups.length,
    orders: await count("order"),
    reservations: await count("reservation_item"),
    payments: payments.length,
    captures: payments.reduce((sum, payment) => sum + (payment.captures?.length ?? 0), 0),
    refunds: payments.reduce((sum, payment) => sum + (payment.refunds?.length ?? 0), 0),
  }
}

/** Waits for a state the webhook's asynchronous processing produces. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop
    let weaving: Shop

    beforeEach(async () => {
      failAfterPlacing = false
      await fetch(`${stripe.url}/_local/reset`, { method: "POST" })
    })

    // One catalog for every test: the runner restores the database to its state after beforeAll.
    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container, { paymentProviders: ["pp_cod_cod", "pp_stripe_stripe"] })
      honey = await createShop(container, store, { handle: "nahl", sector: "honey" }, [{ handle: "thyme-honey", price: 180.5, stock: 20 }])
      figs = await createShop(container, store, { handle: "tin", sector: "figs-dried-fruit" }, [{ handle: "dried-figs", price: 89.9, stock: 20 }])
      weaving = await createShop(container, store, { handle: "nasij", sector: "crafts" }, [{ handle: "rug", price: 1249.99, stock: 5 }])
    })

    async function cardCart(email = "diaspora@example.fr") {
      const cartId = await createCart(
        api,
        store,
        [
          { variant_id: honey.variants["thyme-honey"], quantity: 2 },
          { variant_id: figs.variants["dried-figs"], quantity: 3 },
          { variant_id: weaving.variants["rug"], quantity: 1 },
        ],
        email
      )
      await chooseShipping(api, store, cartId)
      const intent = await startCardPayment(api, store, cartId)
      return { cartId, ...intent }
    }

    it("pays three cooperatives with one card payment whose shares add up to the charge, to the centime", async () => {
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      expect((await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_visa")).body.status).toBe("requires_capture")

      const response = await completeCart(api, store, cartId)
      expect(response.status).toBe(200)
      const group: StoreOrderGroup = response.data.order_group
      expect(group.orders).toHaveLength(3)
      expect(group.payment_provider_id).toBe("pp_stripe_stripe")
      expect(group.amount_to_collect).toBe(0)

      const intent = await stripeIntent(paymentIntentId)
      expect(intent.status).toBe("succeeded")
      expect(intent.amount_received).toBe(intent.amount)
      const sharesInCentimes = group.orders.map((order) => Math.round(order.total * 100))
      expect(sharesInCentimes.reduce((a, b) => a + b, 0)).toBe(intent.amount_received)
      for (const order of group.orders) {
        expect(order.payment_status).toBe("completed")
      }

      const payments = await getContainer().resolve(Modules.PAYMENT).listPayments({}, { relations: ["captures"] })
      const shares = payments.filter((payment) => (payment.data as { share_of?: string }).share_of === paymentIntentId)
      expect(shares).toHaveLength(3)
      const captured = shares.reduce((sum, payment) => sum + Math.round(Number(payment.captures?.[0]?.amount ?? 0) * 100), 0)
      expect(captured).toBe(intent.amount_received)
    })

    /** Medusa's standard route, with whatever `data` a client chooses to send. */
    async function clientSession(cartId: string, data: Record<string, unknown>) {
      const { data: created } = await api.post("/store/payment-collections", { cart_id: cartId }, store.storeHeaders)
      const { data: withSession } = await api.post(
        `/store/payment-collections/${created.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_stripe_stripe", data },
        store.storeHeaders
      )
      return withSession.payment_collection.payment_sessions[0] as { id: string; data: { id: string; client_secret: string } }
    }

    it("pays for nothing when a client's session data claims to be a share of an intent", async () => {
      const container = getContainer()
      for (const data of [
        { share_of: "pi_made_up", id: "pi_made_up" },
        { share_of: "pi_made_up", amount: 1, currency: "mad", session_id: "x", share_sig: "00".repeat(32) },
      ]) {
        const cartId = await createCart(api, store, [{ variant_id: honey.variants["thyme-honey"], quantity: 1 }])
        await chooseShipping(api, store, cartId)
        await clientSession(cartId, data)
        const response = await completeCart(api, store, cartId)
        // Medusa's answer to a payment that did not go through: 200, the cart and the error.
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ type: "cart", cart: { id: cartId, completed_at: null } })
        expect(response.data.errors[0].code).toBe("payment_declined")
        expect(await snapshot(container)).toEqual({ groups: 0, placed: 0, orders: 0, reservations: 0, payments: 0, captures: 0, refunds: 0 })
      }
    })

    it("creates the intent from the session's amount alone: a client's capture method, card and confirmation are ignored", async () => {
      const cartId = await createCart(api, store, [{ variant_id: figs.variants["dried-figs"], quantity: 1 }])
      await chooseShipping(api, store, cartId)
      const session = await clientSession(cartId, {
        capture_method: "automatic",
        confirm: true,
        payment_method: "pm_card_visa",
        metadata: { session_id: "another" },
      })
      const created = await stripeIntent(session.data.id)
      expect(created.status).toBe("requires_payment_method")
      const early = await completeCart(api, store, cartId)
      expect(early.status).toBe(200)
      expect(early.data.type).toBe("cart")
      expect((await stripe.confirmInBrowser(session.data.id, session.data.client_secret, "pm_card_visa")).body.status).toBe("requires_capture")
      expect((await completeCart(api, store, cartId)).status).toBe(200)
    })

    it("authorizes only this session's own intent, for the amount and currency the cart owes", async () => {
      const payments = getContainer().resolve(Modules.PAYMENT)
      const first = await cardCart("first@example.fr")
      const second = await cardCart("second@example.fr")
      await stripe.confirmInBrowser(first.paymentIntentId, first.clientSecret, "pm_card_visa")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: ["total", "payment_collection.payment_sessions.id"],
        filters: { id: first.cartId },
      })
      const sessionId = cart.payment_collection?.payment_sessions?.[0]?.id as string
      const expect_ = (amount: unknown, currency: string) => ({ tadamon_expected_amount: amount, tadamon_expected_currency: currency })
      for (const context of [expect_(Number(cart.total) - 0.01, "mad"), expect_(cart.total, "eur"), {}]) {
        await expect(payments.authorizePaymentSession(sessionId, context)).rejects.toThrow(/not authorized/)
      }
      // The second cart's session cannot borrow the first cart's authorized intent.
      const {
        data: [other],
      } = await query.graph({ entity: "cart", fields: ["total", "payment_collection.payment_sessions.id"], filters: { id: second.cartId } })
      const otherSession = await payments.retrievePaymentSession(other.payment_collection?.payment_sessions?.[0]?.id as string)
      await payments.updatePaymentSession({
        id: otherSession.id,
        data: { ...otherSession.data, id: first.paymentIntentId },
        amount: Number(other.total),
        currency_code: "mad",
      })
      await expect(payments.authorizePaymentSession(otherSession.id, expect_(other.total, "mad"))).rejects.toThrow(/not authorized/)
      expect((await stripeIntent(first.paymentIntentId)).status).toBe("requires_capture")
      // Its own session, for what its cart owes: authorized.
      const authorized = await payments.authorizePaymentSession(sessionId, expect_(cart.total, "mad"))
      expect(authorized?.data?.id).toBe(first.paymentIntentId)
    })

    it("captures last: a placement that fails after its orders were written takes no money", async () => {
      const container = getContainer()
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_visa")
      failAfterPlacing = true
      const failed = await completeCart(api, store, cartId)
      expect(failed.status).toBeGreaterThanOrEqual(400)
      const intent = await stripeIntent(paymentIntentId)
      expect(intent.amount_received).toBe(0)
      expect(intent.status).not.toBe("succeeded")
      expect(await snapshot(container)).toEqual(expect.objectContaining({ groups: 0, orders: 0, reservations: 0, captures: 0 }))
    })

    it("refunds the capture in full when recording a share fails after the card was captured", async () => {
      const container = getContainer()
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      // Only this request completes the cart (no webhook-driven completion racing it).
      stripe.control.holdWebhooks()
      await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_visa")

      // The payment module fails to record the second order's share: the card's intent and the
      // first share are captured by then.
      const payments = container.resolve(Modules.PAYMENT)
      const record = payments.capturePayment.bind(payments)
      let sharesSeen = 0
      const failing = jest.spyOn(payments, "capturePayment").mockImplementation(async (data, sharedContext) => {
        const payment = await payments.retrievePayment(data.payment_id)
        if ((payment.data as { share_of?: string }).share_of && ++sharesSeen === 2) {
          throw new Error("Injected failure recording a share")
        }
        return record(data, sharedContext)
      })
      let failed: Awaited<ReturnType<typeof completeCart>>
      try {
        failed = await completeCart(api, store, cartId)
      } finally {
        failing.mockRestore()
      }
      expect(sharesSeen).toBe(2)
      expect(failed.status).toBeGreaterThanOrEqual(400)

      // Captured at Stripe, then refunded in full, once.
      const intent = await stripeIntent(paymentIntentId)
      expect(intent.status).toBe("succeeded")
      expect(intent.amount_received).toBe(intent.amount)
      expect(intent.latest_charge?.amount_refunded).toBe(intent.amount_received)
      const refunds = (await fetch(`${stripe.url}/v1/refunds?payment_intent=${paymentIntentId}`, {
        headers: { authorization: `Bearer ${STRIPE_TEST_KEYS.secret}` },
      }).then((r) => r.json())) as { data: Array<{ amount: number; status: string }> }
      expect(refunds.data.map(({ amount, status }) => ({ amount, status }))).toEqual([{ amount: intent.amount, status: "succeeded" }])

      // No order group, order or reservation; the card's payment alone remains, its capture refunded.
      expect(await snapshot(container)).toEqual({ groups: 0, placed: 0, orders: 0, reservations: 0, payments: 1, captures: 1, refunds: 1 })
      const left = await payments.listPayments({}, { relations: ["captures", "refunds"] })
      const sum = (amounts: Array<{ amount: unknown }> | undefined) => (amounts ?? []).reduce((total, { amount }) => total + Number(amount), 0)
      expect(left.map((payment) => sum(payment.captures) - sum(payment.refunds))).toEqual(left.map(() => 0))
      const { data } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
      expect(data.cart.completed_at).toBeNull()
    })

    it("keeps the cart intact after a declined card, then takes another card", async () => {
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      const declined = await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_chargeDeclined")
      expect(declined.status).toBe(402)
      expect(declined.body.error?.code).toBe("card_declined")

      const refused = await completeCart(api, store, cartId)
      expect(refused.status).toBe(200)
      expect(refused.data).toMatchObject({ type: "cart", error: { type: "payment_authorization_error" } })
      expect(refused.data.errors[0].code).toBe("payment_declined")
      expect(await snapshot(getContainer())).toEqual(expect.objectContaining({ groups: 0, orders: 0, reservations: 0 }))
      const { data } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
      expect(data.cart.completed_at).toBeNull()
      expect(data.cart.items).toHaveLength(3)

      // Another try: a fresh payment session (a new PaymentIntent, the old one is cancelled).
      const retry = await startCardPayment(api, store, cartId)
      expect(retry.paymentIntentId).not.toBe(paymentIntentId)
      expect((await stripeIntent(paymentIntentId)).status).toBe("canceled")
      expect((await stripe.confirmInBrowser(retry.paymentIntentId, retry.clientSecret, "pm_card_visa")).body.status).toBe("requires_capture")
      const paid = await completeCart(api, store, cartId)
      expect(paid.status).toBe(200)
      expect((await stripeIntent(retry.paymentIntentId)).status).toBe("succeeded")
    })

    it("lets a customer whose card was declined in the browser confirm the same intent with another card", async () => {
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      expect((await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_chargeDeclined")).status).toBe(402)
      expect((await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_visa")).body.status).toBe("requires_capture")
      const paid = await completeCart(api, store, cartId)
      expect(paid.status).toBe(200)
      expect(paid.data.order_group.orders).toHaveLength(3)
    })

    it("waits for 3-D Secure: nothing is written until the customer authenticates", async () => {
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      expect((await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_authenticationRequired")).body.status).toBe(
        "requires_action"
      )
      const early = await completeCart(api, store, cartId)
      expect(early.status).toBe(200)
      expect(early.data.type).toBe("cart")
      expect(await snapshot(getContainer())).toEqual(expect.objectContaining({ groups: 0, orders: 0 }))

      stripe.control.authenticate(paymentIntentId, "complete")
      const paid = await completeCart(api, store, cartId)
      expect(paid.status).toBe(200)
      expect(paid.data.order_group.orders).toHaveLength(3)
    })

    it("places the order from the webhook alone when the browser is gone, exactly once, whatever Stripe resends", async () => {
      const container = getContainer()
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_visa")

      const placed = await eventually(() => snapshot(container), (state) => state.placed === 1)
      expect(placed).toEqual(expect.objectContaining({ groups: 1, placed: 1, orders: 3 }))
      const settled = await eventually(
        () => stripeIntent(paymentIntentId),
        (intent) => intent.status === "succeeded"
      )
      expect(settled.status).toBe("succeeded")
      await stripe.control.webhooksIdle()
      // The group exists before the last step (captures) ends: wait for the whole placement.
      const before = await eventually(() => snapshot(container), (state) => state.payments === 4 && state.captures === 4)
      expect(before).toEqual(expect.objectContaining({ groups: 1, orders: 3, payments: 4, captures: 4 }))

      // Duplicated, replayed and out-of-order events change nothing.
      for (const event of stripe.control.events({ objectId: paymentIntentId })) {
        stripe.control.resendEvent(event.id)
      }
      stripe.control.sendEventsReversed(paymentIntentId)
      await stripe.control.webhooksIdle()
      const late = await completeCart(api, store, cartId)
      expect(late.status).toBe(200)
      expect(await snapshot(container)).toEqual(before)
    })

    it("ignores forged and expired webhooks: no order, no payment", async () => {
      const container = getContainer()
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      stripe.control.holdWebhooks()
      await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_visa")
      const [authorized] = stripe.control.events({ type: "payment_intent.amount_capturable_updated", objectId: paymentIntentId })
      const before = await snapshot(container)

      stripe.control.sendForged(authorized.id, "bad_signature")
      stripe.control.sendForged(authorized.id, "expired")
      await stripe.control.webhooksIdle()
      const deliveries = stripe.control.deliveries({ eventId: authorized.id })
      expect(deliveries.length).toBeGreaterThanOrEqual(2)
      // Give the backend's queue the time a genuine event takes (webhook delay 5 s) before checking.
      const after = await eventually(() => snapshot(container), (state) => state.groups > 0, 12_000)
      expect(after).toEqual(before)
      const { data } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
      expect(data.cart.completed_at).toBeNull()
    })

    it("refunds one cooperative's order from its share only", async () => {
      const container = getContainer()
      const { adminHeaders } = await createOrganizer(container)
      const { cartId, paymentIntentId, clientSecret } = await cardCart()
      await stripe.confirmInBrowser(paymentIntentId, clientSecret, "pm_card_visa")
      const group: StoreOrderGroup = (await completeCart(api, store, cartId)).data.order_group
      const figsOrder = group.orders.find((order) => order.cooperative.handle === "tin")!

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.id"],
        filters: { id: figsOrder.id },
      })
      const paymentId = orders[0].payment_collections?.[0]?.payments?.[0]?.id as string

      const tooMuch = await api
        .post(`/admin/payments/${paymentId}/refund`, { amount: figsOrder.total + 1 }, adminHeaders)
        .catch((error: { response: { status: number } }) => error.response)
      expect(tooMuch.status).toBe(400)

      const refund = await api.post(`/admin/payments/${paymentId}/refund`, { amount: figsOrder.total }, adminHeaders)
      expect(refund.status).toBe(200)
      const intent = await stripeIntent(paymentIntentId)
      const refunded = (await fetch(`${stripe.url}/v1/refunds?payment_intent=${paymentIntentId}`, {
        headers: { authorization: `Bearer ${STRIPE_TEST_KEYS.secret}` },
      }).then((r) => r.json())) as { data: Array<{ amount: number }> }
      expect(refunded.data.map((r) => r.amount)).toEqual([Math.round(figsOrder.total * 100)])
      expect(intent.status).toBe("succeeded")

      const payments = await container.resolve(Modules.PAYMENT).listPayments({}, { relations: ["refunds"] })
      const withRefunds = payments.filter((payment) => payment.refunds?.length)
      expect(withRefunds.map((payment) => payment.id)).toEqual([paymentId])
    })
  },
})
