import assert from "node:assert/strict"
import { after, before, beforeEach, describe, it } from "node:test"
import Stripe from "stripe"
import { call, startHarness, startWebhookReceiver, WEBHOOK_SECRET, type Harness, type ReceivedWebhook, type WebhookReceiver } from "./test-support/harness"

/** Events are signed with the stripe package's helper; the receiver verifies them the way the Medusa provider does. */

let harness: Harness
let receiver: WebhookReceiver

before(async () => {
  receiver = await startWebhookReceiver()
  harness = await startHarness({ webhookUrl: receiver.url, webhookSecret: WEBHOOK_SECRET, webhookRetryDelayMs: 5, webhookMaxAttempts: 4 })
})
after(async () => {
  await harness.close()
  await receiver.close()
})
beforeEach(async () => {
  await harness.server.control.webhooksIdle()
  harness.server.control.reset()
  receiver.received.length = 0
  receiver.failNext(0)
})

function verify(webhook: ReceivedWebhook): Stripe.Event {
  return Stripe.webhooks.constructEvent(webhook.body, webhook.headers["stripe-signature"] as string, WEBHOOK_SECRET)
}

async function delivered(): Promise<Stripe.Event[]> {
  await harness.server.control.webhooksIdle()
  return receiver.received.map(verify)
}

function manualIntent(paymentMethod = "pm_card_visa") {
  return harness.stripe.paymentIntents.create({
    amount: 10000,
    currency: "mad",
    capture_method: "manual",
    payment_method: paymentMethod,
    metadata: { session_id: "payses_1" },
  })
}

describe("webhook events", () => {
  it("sends verifiable Stripe events for each state change, in order", async () => {
    const intent = await manualIntent()
    await harness.stripe.paymentIntents.confirm(intent.id)
    await harness.stripe.paymentIntents.capture(intent.id)
    const events = await delivered()
    assert.deepEqual(
      events.map((event) => event.type),
      ["payment_intent.created", "charge.succeeded", "payment_intent.amount_capturable_updated", "charge.captured", "payment_intent.succeeded"]
    )
    const succeeded = events[4]
    assert.match(succeeded.id, /^evt_/)
    assert.equal(succeeded.object, "event")
    assert.equal(succeeded.livemode, false)
    assert.equal(succeeded.api_version, "2024-04-10")
    const object = succeeded.data.object as Stripe.PaymentIntent
    assert.equal(object.id, intent.id)
    assert.equal(object.amount_received, 10000)
    assert.equal(object.metadata.session_id, "payses_1")
    assert.ok(harness.server.control.deliveries().every((delivery) => delivery.ok && delivery.status === 200))
  })

  it("reports declines, cancellations and refunds", async () => {
    const declined = await manualIntent("pm_card_chargeDeclined")
    await assert.rejects(harness.stripe.paymentIntents.confirm(declined.id))
    const canceled = await manualIntent()
    await harness.stripe.paymentIntents.cancel(canceled.id)
    const paid = await harness.stripe.paymentIntents.create({ amount: 5000, currency: "mad", payment_method: "pm_card_visa", confirm: true })
    await harness.stripe.refunds.create({ payment_intent: paid.id, amount: 2000 })
    const types: string[] = (await delivered()).map((event) => event.type)
    for (const type of ["charge.failed", "payment_intent.payment_failed", "payment_intent.canceled", "refund.created", "charge.refunded"]) {
      assert.ok(types.includes(type), `${type} in ${types.join(", ")}`)
    }
    const refunded = (await delivered()).find((event) => event.type === "charge.refunded")
    assert.equal((refunded?.data.object as Stripe.Charge).amount_refunded, 2000)
  })

  it("sends a requires_action event for 3-D Secure and the outcome after authentication", async () => {
    const intent = await manualIntent("pm_card_authenticationRequired")
    await harness.stripe.paymentIntents.confirm(intent.id)
    harness.server.control.authenticate(intent.id, "complete")
    const types = (await delivered()).map((event) => event.type)
    assert.deepEqual(types.slice(1), ["payment_intent.requires_action", "charge.succeeded", "payment_intent.amount_capturable_updated"])
  })
})

describe("misdelivered webhooks (for the backend to ignore)", () => {
  it("forges a bad signature and an expired timestamp that constructEvent rejects", async () => {
    const intent = await manualIntent()
    await harness.server.control.webhooksIdle()
    const [created] = harness.server.control.events({ type: "payment_intent.created", objectId: intent.id })
    const bad = await call(harness.server, "POST", "/_local/webhooks/forge", { json: { event_id: created.id, signature: "bad_signature" } })
    assert.equal(bad.status, 200)
    harness.server.control.sendForged(created.id, "expired")
    await harness.server.control.webhooksIdle()

    const [valid, forged, expired] = receiver.received
    assert.equal(verify(valid).id, created.id)
    assert.throws(() => verify(forged), Stripe.errors.StripeSignatureVerificationError)
    assert.throws(() => verify(expired), /Timestamp outside the tolerance zone/)
    assert.deepEqual(
      harness.server.control.deliveries().map((delivery) => delivery.signature),
      ["valid", "bad_signature", "expired"]
    )
  })

  it("resends an event as a duplicate with the same id", async () => {
    const intent = await manualIntent()
    await harness.server.control.webhooksIdle()
    const [created] = harness.server.control.events({ objectId: intent.id })
    const resent = await call(harness.server, "POST", "/_local/webhooks/resend", { json: { event_id: created.id } })
    assert.deepEqual(resent.json<{ sent: string[] }>().sent, [created.id])
    const events = await delivered()
    assert.deepEqual(events.map((event) => event.id), [created.id, created.id])
  })

  it("holds events and releases them newest first", async () => {
    const hold = await call(harness.server, "POST", "/_local/webhooks/hold")
    assert.equal(hold.status, 200)
    const intent = await manualIntent()
    await harness.stripe.paymentIntents.confirm(intent.id)
    await harness.server.control.webhooksIdle()
    assert.equal(receiver.received.length, 0)
    await call(harness.server, "POST", "/_local/webhooks/release", { json: { order: "reverse" } })
    const types = (await delivered()).map((event) => event.type)
    assert.deepEqual(types, ["payment_intent.amount_capturable_updated", "charge.succeeded", "payment_intent.created"])
  })

  it("sends chosen events in a chosen order", async () => {
    const intent = await manualIntent()
    await harness.stripe.paymentIntents.confirm(intent.id)
    await harness.server.control.webhooksIdle()
    receiver.received.length = 0
    const response = await call(harness.server, "POST", "/_local/webhooks/send_in_order", { form: `object_id=${intent.id}` })
    const sent = response.json<{ sent: string[] }>().sent
    const events = await delivered()
    assert.deepEqual(events.map((event) => event.id), sent)
    assert.deepEqual(events.map((event) => event.type), ["payment_intent.amount_capturable_updated", "payment_intent.created"])
  })

  it("triggers a fresh event about an object's current state", async () => {
    const intent = await manualIntent()
    const response = await call(harness.server, "POST", "/_local/webhooks/trigger", { json: { type: "payment_intent.processing", object_id: intent.id } })
    assert.equal(response.status, 200)
    const events = await delivered()
    assert.equal(events.at(-1)?.type, "payment_intent.processing")
  })
})

describe("webhook delivery", () => {
  it("retries a failed delivery and records every attempt", async () => {
    receiver.failNext(2, 503)
    await harness.stripe.customers.create({ email: "retry@example.ma" })
    await harness.server.control.webhooksIdle()
    const attempts = harness.server.control.deliveries({ type: "customer.created" })
    assert.deepEqual(attempts.map((delivery) => [delivery.attempt, delivery.status, delivery.ok]), [
      [1, 503, false],
      [2, 503, false],
      [3, 200, true],
    ])
  })

  it("gives up after the configured number of attempts", async () => {
    receiver.failNext(10)
    await harness.stripe.customers.create({ email: "down@example.ma" })
    await harness.server.control.webhooksIdle()
    const response = await call(harness.server, "GET", "/_local/webhooks/deliveries?type=customer.created")
    const attempts = response.json<{ data: Array<{ ok: boolean }> }>().data
    assert.equal(attempts.length, 4)
    assert.ok(attempts.every((delivery) => !delivery.ok))
  })
})
