import assert from "node:assert/strict"
import { after, before, beforeEach, describe, it } from "node:test"
import type Stripe from "stripe"
import { call, startHarness, type Harness } from "./test-support/harness"

/** PaymentIntents driven by the real `stripe` client (wire compatibility), amounts in centimes (100.00 MAD = 10000). */

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

function manualIntent(extra: Partial<Stripe.PaymentIntentCreateParams> = {}) {
  return stripe.paymentIntents.create({
    amount: 10000,
    currency: "mad",
    capture_method: "manual",
    metadata: { session_id: "payses_1" },
    ...extra,
  })
}

describe("PaymentIntent with manual capture", () => {
  it("goes requires_payment_method → requires_confirmation → requires_capture → succeeded", async () => {
    const customer = await stripe.customers.create({ email: "fatima@example.ma", name: "Fatima Zahra" })
    const created = await manualIntent({ customer: customer.id })
    assert.equal(created.status, "requires_payment_method")
    assert.equal(created.object, "payment_intent")
    assert.equal(created.livemode, false)
    assert.equal(created.customer, customer.id)
    assert.deepEqual(created.metadata, { session_id: "payses_1" })
    assert.match(created.client_secret ?? "", new RegExp(`^${created.id}_secret_`))

    const updated = await stripe.paymentIntents.update(created.id, { payment_method: "pm_card_visa" })
    assert.equal(updated.status, "requires_confirmation")

    const confirmed = await stripe.paymentIntents.confirm(created.id)
    assert.equal(confirmed.status, "requires_capture")
    assert.equal(confirmed.amount_capturable, 10000)
    assert.equal(confirmed.amount_received, 0)
    assert.ok(confirmed.latest_charge)

    const expanded = await stripe.paymentIntents.retrieve(created.id, { expand: ["payment_method", "latest_charge"] })
    const method = expanded.payment_method as Stripe.PaymentMethod
    assert.equal(method.card?.last4, "4242")
    const charge = expanded.latest_charge as Stripe.Charge
    assert.equal(charge.captured, false)
    assert.equal(charge.amount_captured, 0)

    const captured = await stripe.paymentIntents.capture(created.id)
    assert.equal(captured.status, "succeeded")
    assert.equal(captured.amount_received, 10000)
    assert.equal(captured.amount_capturable, 0)
  })

  it("captures part of the authorization once, then refuses a second capture with the intent attached", async () => {
    const intent = await manualIntent({ payment_method: "pm_card_visa", confirm: true })
    const captured = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 6000 })
    assert.equal(captured.status, "succeeded")
    assert.equal(captured.amount_received, 6000)
    const charge = await stripe.charges.retrieve(captured.latest_charge as string)
    assert.equal(charge.amount_captured, 6000)

    const error = await rejection(stripe.paymentIntents.capture(intent.id))
    assert.equal(error.statusCode, 400)
    assert.equal(error.code, "payment_intent_unexpected_state")
    assert.equal((error.payment_intent as Stripe.PaymentIntent).status, "succeeded")
  })

  it("captures partially then fully with multicapture (final_capture=false)", async () => {
    const intent = await manualIntent({
      payment_method: "pm_card_visa",
      confirm: true,
      payment_method_options: { card: { request_multicapture: "if_available" } },
    })
    const partial = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 4000, final_capture: false })
    assert.equal(partial.status, "requires_capture")
    assert.equal(partial.amount_capturable, 6000)
    assert.equal(partial.amount_received, 4000)

    const full = await stripe.paymentIntents.capture(intent.id)
    assert.equal(full.status, "succeeded")
    assert.equal(full.amount_received, 10000)
    const charge = await stripe.charges.retrieve(full.latest_charge as string)
    assert.equal(charge.amount_captured, 10000)
  })

  it("refuses to capture more than was authorized", async () => {
    const intent = await manualIntent({ payment_method: "pm_card_visa", confirm: true })
    const error = await rejection(stripe.paymentIntents.capture(intent.id, { amount_to_capture: 10001 }))
    assert.equal(error.code, "amount_too_large")
    assert.equal((await stripe.paymentIntents.retrieve(intent.id)).status, "requires_capture")
  })

  it("cancels an authorization and then reports the canceled intent on a second cancel", async () => {
    const intent = await manualIntent({ payment_method: "pm_card_visa", confirm: true })
    const canceled = await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: "requested_by_customer" })
    assert.equal(canceled.status, "canceled")
    assert.equal(canceled.cancellation_reason, "requested_by_customer")
    const charge = await stripe.charges.retrieve(canceled.latest_charge as string)
    assert.equal(charge.amount_refunded, 10000)

    const error = await rejection(stripe.paymentIntents.cancel(intent.id))
    assert.equal(error.code, "payment_intent_unexpected_state")
    assert.equal((error.payment_intent as Stripe.PaymentIntent).status, "canceled")
  })
})

describe("PaymentIntent with automatic capture", () => {
  it("succeeds at once with a 4242 card created from its number", async () => {
    const method = await stripe.paymentMethods.create({
      type: "card",
      card: { number: "4242 4242 4242 4242", exp_month: 12, exp_year: new Date().getFullYear() + 2, cvc: "123" },
    })
    assert.equal(method.card?.brand, "visa")
    const intent = await stripe.paymentIntents.create({ amount: 25050, currency: "mad", payment_method: method.id, confirm: true })
    assert.equal(intent.status, "succeeded")
    assert.equal(intent.amount_received, 25050)
  })

  it("rejects an invalid card number at creation like Stripe's tokenizer", async () => {
    const error = await rejection(stripe.paymentMethods.create({ type: "card", card: { number: "4242424242424241", exp_month: 12, exp_year: 2040 } }))
    assert.equal(error.statusCode, 402)
    assert.equal(error.code, "incorrect_number")
  })

  it("updates the amount before confirmation but not after success", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 10000, currency: "mad" })
    const updated = await stripe.paymentIntents.update(intent.id, { amount: 12000, expand: ["payment_method"] })
    assert.equal(updated.amount, 12000)
    await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_mastercard" })
    const error = await rejection(stripe.paymentIntents.update(intent.id, { amount: 9000 }))
    assert.equal(error.code, "payment_intent_unexpected_state")
    const metadataOnly = await stripe.paymentIntents.update(intent.id, { metadata: { order_id: "order_1" } })
    assert.equal(metadataOnly.metadata.order_id, "order_1")
  })
})

describe("declines", () => {
  it("declines 4000000000000002 with 402 card_declined/generic_decline and returns to requires_payment_method", async () => {
    const method = await stripe.paymentMethods.create({ type: "card", card: { number: "4000000000000002", exp_month: 1, exp_year: 2040, cvc: "123" } })
    const intent = await manualIntent({ payment_method: method.id })
    const error = await rejection(stripe.paymentIntents.confirm(intent.id))
    assert.equal(error.type, "StripeCardError")
    assert.equal(error.statusCode, 402)
    assert.equal(error.code, "card_declined")
    assert.equal(error.decline_code, "generic_decline")
    const failed = error.payment_intent as Stripe.PaymentIntent
    assert.equal(failed.status, "requires_payment_method")
    assert.equal(failed.last_payment_error?.decline_code, "generic_decline")

    const retrieved = await stripe.paymentIntents.retrieve(intent.id)
    assert.equal(retrieved.status, "requires_payment_method")
    assert.equal(retrieved.payment_method, null)
    const charge = await stripe.charges.retrieve(retrieved.latest_charge as string)
    assert.equal(charge.status, "failed")

    const retried = await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    assert.equal(retried.status, "requires_capture")
    assert.equal(retried.last_payment_error, null)
  })

  it("declines pm_card_chargeDeclinedInsufficientFunds with its decline code", async () => {
    const error = await rejection(manualIntent({ payment_method: "pm_card_chargeDeclinedInsufficientFunds", confirm: true }))
    assert.equal(error.decline_code, "insufficient_funds")
    assert.ok((error.payment_intent as Stripe.PaymentIntent).id.startsWith("pi_"))
  })

  it("declines a success card when the control API forces it, for that intent only", async () => {
    const forced = await manualIntent({ payment_method: "pm_card_visa" })
    const other = await manualIntent({ payment_method: "pm_card_visa" })
    harness.server.control.forceOutcome(forced.id, "decline")
    assert.equal((await rejection(stripe.paymentIntents.confirm(forced.id))).code, "card_declined")
    assert.equal((await stripe.paymentIntents.confirm(other.id)).status, "requires_capture")
  })

  it("applies an outcome queued over HTTP to the next confirmation of any intent", async () => {
    const queued = await call(harness.server, "POST", "/_local/next_outcome", { json: { outcome: "authenticate" } })
    assert.equal(queued.status, 200)
    const intent = await manualIntent({ payment_method: "pm_card_visa", confirm: true })
    assert.equal(intent.status, "requires_action")
    const unknown = await call(harness.server, "POST", "/_local/next_outcome", { json: { outcome: "explode" } })
    assert.equal(unknown.status, 400)
  })
})

describe("3-D Secure", () => {
  it("requires action for 4000002500003155 and completes through the control endpoint", async () => {
    const intent = await manualIntent({ payment_method: "pm_card_authenticationRequired", confirm: true })
    assert.equal(intent.status, "requires_action")
    assert.equal(intent.next_action?.type, "use_stripe_sdk")
    const sdk = intent.next_action?.use_stripe_sdk as { stripe_js: string }
    assert.equal(sdk.stripe_js, `${harness.server.url}/_local/3ds/${intent.id}`)

    const page = await call(harness.server, "GET", `/_local/3ds/${intent.id}`)
    assert.equal(page.status, 200)
    assert.match(page.body, /Complete authentication/)
    assert.match(page.body, /Fail authentication/)

    const completed = await call(harness.server, "POST", `/_local/payment_intents/${intent.id}/authenticate`, { json: { result: "complete" } })
    assert.equal(completed.json<Stripe.PaymentIntent>().status, "requires_capture")
    const charge = await stripe.charges.retrieve((await stripe.paymentIntents.retrieve(intent.id)).latest_charge as string)
    assert.equal(charge.payment_method_details?.card?.three_d_secure?.result, "authenticated")
  })

  it("returns to requires_payment_method with payment_intent_authentication_failure when authentication fails", async () => {
    const intent = await manualIntent({ payment_method: "pm_card_authenticationRequired", confirm: true })
    const failed = await call(harness.server, "POST", `/_local/3ds/${intent.id}/fail`)
    assert.equal(failed.json<Stripe.PaymentIntent>().status, "requires_payment_method")
    const retrieved = await stripe.paymentIntents.retrieve(intent.id)
    assert.equal(retrieved.last_payment_error?.code, "payment_intent_authentication_failure")
  })

  it("declines after authentication for the insufficient-funds 3-D Secure card", async () => {
    const intent = await manualIntent({ payment_method: "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds", confirm: true })
    harness.server.control.authenticate(intent.id, "complete")
    const retrieved = await stripe.paymentIntents.retrieve(intent.id)
    assert.equal(retrieved.status, "requires_payment_method")
    assert.equal(retrieved.last_payment_error?.decline_code, "insufficient_funds")
  })

  it("redirects through the challenge page back to return_url", async () => {
    const intent = await manualIntent({ payment_method: "pm_card_authenticationRequired", confirm: true, return_url: "http://localhost:8000/checkout/return" })
    assert.equal(intent.next_action?.type, "redirect_to_url")
    const challenge = new URL(intent.next_action?.redirect_to_url?.url as string)
    const response = await call(harness.server, "POST", `/_local/3ds/${intent.id}/complete${challenge.search}`)
    assert.equal(response.status, 303)
    const location = new URL(response.headers.get("location") as string)
    assert.equal(location.pathname, "/checkout/return")
    assert.equal(location.searchParams.get("payment_intent"), intent.id)
    assert.equal(location.searchParams.get("redirect_status"), "succeeded")
  })

  it("declines with authentication_required when confirmed off-session", async () => {
    const error = await rejection(manualIntent({ payment_method: "pm_card_authenticationRequired", confirm: true, off_session: true }))
    assert.equal(error.code, "authentication_required")
  })
})
