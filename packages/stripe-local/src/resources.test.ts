import assert from "node:assert/strict"
import { after, before, beforeEach, describe, it } from "node:test"
import type Stripe from "stripe"
import { call, clientFor, startHarness, type Harness } from "./test-support/harness"

/** Customers, refunds, setup intents, idempotency keys and API keys, through the real `stripe` client. */

let harness: Harness
let stripe: Stripe

before(async () => {
  harness = await startHarness()
  stripe = harness.stripe
})
after(() => harness.close())
beforeEach(() => harness.server.control.reset())

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise
  } catch (error) {
    return error as Stripe.errors.StripeError
  }
  assert.fail("expected the Stripe call to fail")
}

describe("customers", () => {
  it("creates, retrieves, updates and deletes a customer like the provider's account holder calls", async () => {
    const created = await stripe.customers.create({
      email: "coop@example.ma",
      name: "Coopérative Tifaouine",
      phone: "+212600000000",
      address: { city: "Agadir", country: "MA", line1: "1 Rue Argan", postal_code: "80000", state: "Souss-Massa" },
    })
    assert.match(created.id, /^cus_/)
    assert.equal(created.address?.city, "Agadir")

    const updated = await stripe.customers.update(created.id, { name: "Tifaouine", metadata: { medusa: "cus_01" } })
    assert.equal(updated.name, "Tifaouine")
    assert.equal(updated.email, "coop@example.ma")
    const retrieved = await stripe.customers.retrieve(created.id)
    assert.ok(!retrieved.deleted)
    assert.equal(retrieved.metadata.medusa, "cus_01")

    const deleted = await stripe.customers.del(created.id)
    assert.equal(deleted.deleted, true)
    const error = await rejection(stripe.customers.retrieve(created.id))
    assert.equal(error.statusCode, 404)
    assert.equal(error.code, "resource_missing")
  })

  it("lists the cards attached to a customer", async () => {
    const customer = await stripe.customers.create({ email: "buyer@example.ma" })
    const method = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id })
    await stripe.paymentMethods.attach("pm_card_mastercard", { customer: customer.id })
    const listed = await stripe.customers.listPaymentMethods(customer.id, { limit: 100 })
    assert.equal(listed.object, "list")
    assert.deepEqual(listed.data.map((item) => item.card?.brand).sort(), ["mastercard", "visa"])

    await stripe.paymentMethods.detach(method.id)
    assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data.length, 1)
  })
})

describe("refunds", () => {
  async function paidIntent(): Promise<Stripe.PaymentIntent> {
    return stripe.paymentIntents.create({ amount: 10000, currency: "mad", payment_method: "pm_card_visa", confirm: true })
  }

  it("sums partial refunds on the charge and refuses more than what is left", async () => {
    const intent = await paidIntent()
    const first = await stripe.refunds.create({ payment_intent: intent.id, amount: 2500 })
    assert.equal(first.object, "refund")
    assert.equal(first.amount, 2500)
    assert.equal(first.status, "succeeded")
    const second = await stripe.refunds.create({ payment_intent: intent.id, amount: 3000 })

    let charge = await stripe.charges.retrieve(intent.latest_charge as string)
    assert.equal(charge.amount_refunded, 5500)
    assert.equal(charge.refunded, false)
    assert.deepEqual(charge.refunds?.data.map((refund) => refund.id), [second.id, first.id])

    const tooMuch = await rejection(stripe.refunds.create({ payment_intent: intent.id, amount: 5000 }))
    assert.equal(tooMuch.code, "amount_too_large")

    const rest = await stripe.refunds.create({ payment_intent: intent.id })
    assert.equal(rest.amount, 4500)
    charge = await stripe.charges.retrieve(intent.latest_charge as string)
    assert.equal(charge.refunded, true)
    assert.equal((await stripe.refunds.retrieve(first.id)).amount, 2500)

    const again = await rejection(stripe.refunds.create({ payment_intent: intent.id, amount: 100 }))
    assert.equal(again.code, "charge_already_refunded")
  })

  it("refuses to refund an authorization that was never captured", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 10000, currency: "mad", capture_method: "manual", payment_method: "pm_card_visa", confirm: true })
    const error = await rejection(stripe.refunds.create({ payment_intent: intent.id }))
    assert.equal(error.statusCode, 400)
  })
})

describe("setup intents", () => {
  it("saves a card for a customer (the provider's savePaymentMethod)", async () => {
    const customer = await stripe.customers.create({ email: "saver@example.ma" })
    const setup = await stripe.setupIntents.create({ customer: customer.id, payment_method_types: ["card"] })
    assert.equal(setup.status, "requires_payment_method")
    const confirmed = await stripe.setupIntents.confirm(setup.id, { payment_method: "pm_card_visa" })
    assert.equal(confirmed.status, "succeeded")
    assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data.length, 1)
  })
})

describe("idempotency keys", () => {
  it("replays the same response for the same key and body", async () => {
    const params: Stripe.PaymentIntentCreateParams = { amount: 10000, currency: "mad", metadata: { session_id: "payses_1" } }
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: "payses_1:init" })
    const second = await stripe.paymentIntents.create(params, { idempotencyKey: "payses_1:init" })
    assert.equal(second.id, first.id)
    assert.equal(second.lastResponse.headers["idempotent-replayed"], "true")
    assert.equal((await stripe.paymentIntents.list()).data.length, 1)
  })

  it("rejects the same key with different parameters", async () => {
    await stripe.paymentIntents.create({ amount: 10000, currency: "mad" }, { idempotencyKey: "key-1" })
    const error = await rejection(stripe.paymentIntents.create({ amount: 20000, currency: "mad" }, { idempotencyKey: "key-1" }))
    assert.equal(error.type, "StripeIdempotencyError")
  })

  it("replays a decline without charging twice", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 10000, currency: "mad", payment_method: "pm_card_chargeDeclined" })
    const first = await rejection(stripe.paymentIntents.confirm(intent.id, {}, { idempotencyKey: "confirm-1" }))
    const second = await rejection(stripe.paymentIntents.confirm(intent.id, {}, { idempotencyKey: "confirm-1" }))
    assert.equal(first.code, "card_declined")
    assert.equal(second.code, "card_declined")
    assert.equal((await stripe.charges.list({ payment_intent: intent.id })).data.length, 1)
  })

  it("keeps keys apart: a new key runs the request again", async () => {
    const params: Stripe.PaymentIntentCreateParams = { amount: 10000, currency: "mad" }
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: "a" })
    const second = await stripe.paymentIntents.create(params, { idempotencyKey: "b" })
    assert.notEqual(first.id, second.id)
  })
})

describe("API keys", () => {
  it("refuses a missing, a wrong and a live key", async () => {
    const missing = await call(harness.server, "GET", "/v1/payment_intents")
    assert.equal(missing.status, 401)
    const wrong = await rejection(clientFor(harness.server, "sk_test_wrong").paymentIntents.list())
    assert.equal(wrong.type, "StripeAuthenticationError")
    const live = await call(harness.server, "GET", "/v1/payment_intents", { key: "sk_live_real" })
    assert.equal(live.status, 401)
  })

  it("answers unknown endpoints and ids with Stripe's 404 shape", async () => {
    const unknown = await call(harness.server, "GET", "/v1/subscriptions", { key: "sk_test_tadamon_local" })
    assert.equal(unknown.status, 404)
    assert.equal(unknown.json<{ error: { type: string } }>().error.type, "invalid_request_error")
    const error = await rejection(stripe.paymentIntents.retrieve("pi_missing"))
    assert.equal(error.statusCode, 404)
    assert.match(error.message, /No such payment_intent: 'pi_missing'/)
  })
})
