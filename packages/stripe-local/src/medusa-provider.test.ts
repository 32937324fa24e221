import assert from "node:assert/strict"
import { createRequire } from "node:module"
import { after, before, beforeEach, describe, it } from "node:test"
import { encodeForm } from "./form"
import type { PaymentIntent } from "./objects"
import { call, PUBLISHABLE_KEY, SECRET_KEY, startHarness, startWebhookReceiver, WEBHOOK_SECRET, type Harness, type WebhookReceiver } from "./test-support/harness"

/**
 * The real Medusa Stripe provider (`@medusajs/payment-stripe` 2.21.2 with its own `stripe` 15.x
 * client) against the double, its client pointed at the server the way the backend will do it.
 * Skipped when the workspace has no backend dependencies installed.
 */

type Data = Record<string, unknown>
interface ProviderResult {
  id?: string
  status?: string
  data?: Data
  action?: string
}
interface Provider {
  stripe_: unknown
  createAccountHolder(input: { context: Data }): Promise<ProviderResult>
  deleteAccountHolder(input: { context: Data }): Promise<ProviderResult>
  initiatePayment(input: { amount: number; currency_code: string; data?: Data; context?: Data }): Promise<ProviderResult>
  updatePayment(input: { amount: number; currency_code: string; data: Data; context?: Data }): Promise<ProviderResult>
  authorizePayment(input: { data: Data }): Promise<ProviderResult>
  getPaymentStatus(input: { data: Data }): Promise<ProviderResult>
  capturePayment(input: { data: Data; context?: Data }): Promise<ProviderResult>
  cancelPayment(input: { data: Data; context?: Data }): Promise<ProviderResult>
  refundPayment(input: { amount: number; data: Data; context?: Data }): Promise<ProviderResult>
  retrievePayment(input: { data: Data }): Promise<ProviderResult>
  savePaymentMethod(input: { context: Data; data: Data }): Promise<ProviderResult>
  listPaymentMethods(input: { context: Data }): Promise<ProviderResult[]>
  getWebhookActionAndData(input: { data: Data; rawData: Buffer; headers: Data }): Promise<ProviderResult>
}
type ProviderClass = new (cradle: Data, options: Data) => Provider
type StripeClass = new (key: string, config: Data) => unknown

function loadProvider(): { Service: ProviderClass; StripeV15: StripeClass } | undefined {
  try {
    const providerRequire = createRequire(require.resolve("@medusajs/payment-stripe"))
    const service = providerRequire("./services/stripe-provider") as { default: ProviderClass }
    return { Service: service.default, StripeV15: providerRequire("stripe") as StripeClass }
  } catch {
    return undefined
  }
}

const loaded = loadProvider()
let harness: Harness
let receiver: WebhookReceiver
let provider: Provider

describe("the Medusa Stripe provider against stripe-local", { skip: loaded ? false : "@medusajs/payment-stripe is not installed" }, () => {
  before(async () => {
    receiver = await startWebhookReceiver()
    harness = await startHarness({ webhookUrl: receiver.url, webhookSecret: WEBHOOK_SECRET })
    const { Service, StripeV15 } = loaded as NonNullable<typeof loaded>
    provider = new Service({}, { apiKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET })
    // What the backend wiring does with STRIPE_API_BASE: the provider's own client, aimed at the double.
    provider.stripe_ = new StripeV15(SECRET_KEY, { host: "127.0.0.1", port: harness.server.port, protocol: "http", maxNetworkRetries: 0 })
  })
  after(async () => {
    await harness.close()
    await receiver.close()
  })
  beforeEach(async () => {
    await harness.server.control.webhooksIdle()
    harness.server.control.reset()
    receiver.received.length = 0
  })

  async function confirmInBrowser(id: string, number: string): Promise<number> {
    const intent = await harness.stripe.paymentIntents.retrieve(id)
    const response = await call(harness.server, "POST", `/v1/payment_intents/${id}/confirm`, {
      key: PUBLISHABLE_KEY,
      form: encodeForm({ client_secret: intent.client_secret, payment_method_data: { type: "card", card: { number, exp_month: "12", exp_year: "2040", cvc: "123" } } }),
    })
    return response.status
  }

  async function session(amount = 100): Promise<ProviderResult> {
    return provider.initiatePayment({ amount, currency_code: "mad", data: { session_id: "payses_01" }, context: { idempotency_key: `init-${amount}-${Date.now()}` } })
  }

  it("authorizes, captures, refunds and retrieves a card payment in major units", async () => {
    const holder = await provider.createAccountHolder({
      context: {
        customer: { email: "fatima@example.ma", first_name: "Fatima", last_name: "Zahra", phone: "+212600000000", billing_address: { city: "Fès", country_code: "ma", address_1: "Derb 1" } },
        idempotency_key: "holder-1",
      },
    })
    assert.match(holder.id ?? "", /^cus_/)
    const started = await provider.initiatePayment({
      amount: 100,
      currency_code: "mad",
      data: { session_id: "payses_01" },
      context: { account_holder: { data: { id: holder.id } }, idempotency_key: "init-1" },
    })
    assert.equal(started.status, "pending")
    assert.equal(started.data?.amount, 10000)
    assert.equal(started.data?.customer, holder.id)

    const updated = await provider.updatePayment({ amount: 150, currency_code: "mad", data: started.data, context: { idempotency_key: "upd-1" } })
    assert.equal(updated.data?.amount, 15000)

    assert.equal(await confirmInBrowser(started.id as string, "4242424242424242"), 200)
    const authorized = await provider.authorizePayment({ data: { id: started.id } })
    assert.equal(authorized.status, "authorized")

    const captured = await provider.capturePayment({ data: { id: started.id }, context: { idempotency_key: "cap-1" } })
    assert.equal(captured.data?.status, "succeeded")
    const capturedAgain = await provider.capturePayment({ data: { id: started.id }, context: { idempotency_key: "cap-2" } })
    assert.equal(capturedAgain.data?.status, "succeeded")

    await provider.refundPayment({ amount: 50, data: { id: started.id, currency: "mad" }, context: { idempotency_key: "ref-1" } })
    await provider.refundPayment({ amount: 100, data: { id: started.id, currency: "mad" }, context: { idempotency_key: "ref-2" } })
    await provider.refundPayment({ amount: 10, data: { id: started.id, currency: "mad" }, context: { idempotency_key: "ref-3" } })
    const charge = await harness.stripe.charges.retrieve((await harness.stripe.paymentIntents.retrieve(started.id as string)).latest_charge as string)
    assert.equal(charge.amount_refunded, 15000)

    const retrieved = await provider.retrievePayment({ data: { id: started.id } })
    assert.equal(retrieved.data?.amount, 150)
  })

  it("reports a declined card as an error status and 3-D Secure as requires_more", async () => {
    const declined = await session()
    assert.equal(await confirmInBrowser(declined.id as string, "4000000000000002"), 402)
    assert.equal((await provider.authorizePayment({ data: { id: declined.id } })).status, "error")

    const challenged = await session()
    await confirmInBrowser(challenged.id as string, "4000002500003155")
    assert.equal((await provider.getPaymentStatus({ data: { id: challenged.id } })).status, "requires_more")
    harness.server.control.authenticate(challenged.id as string, "complete")
    assert.equal((await provider.authorizePayment({ data: { id: challenged.id } })).status, "authorized")
  })

  it("cancels, and treats a second cancel of the same intent as done", async () => {
    const started = await session()
    const canceled = await provider.cancelPayment({ data: { id: started.id }, context: { idempotency_key: "can-1" } })
    assert.equal(canceled.data?.status, "canceled")
    const again = await provider.cancelPayment({ data: { id: started.id }, context: { idempotency_key: "can-2" } })
    assert.equal(again.data?.status, "canceled")
  })

  it("turns delivered webhooks into actions and rejects forged ones", async () => {
    const started = await session()
    await confirmInBrowser(started.id as string, "4242424242424242")
    await harness.server.control.webhooksIdle()
    const authorized = receiver.received.find((webhook) => (JSON.parse(webhook.body) as { type: string }).type === "payment_intent.amount_capturable_updated")
    assert.ok(authorized)
    const result = await provider.getWebhookActionAndData({ data: {}, rawData: Buffer.from(authorized.body), headers: authorized.headers })
    assert.equal(result.action, "authorized")
    assert.deepEqual(result.data, { session_id: "payses_01", amount: 100 })

    const [event] = harness.server.control.events({ type: "payment_intent.amount_capturable_updated" })
    receiver.received.length = 0
    harness.server.control.sendForged(event.id, "bad_signature")
    harness.server.control.sendForged(event.id, "expired")
    await harness.server.control.webhooksIdle()
    for (const forged of receiver.received) {
      await assert.rejects(provider.getWebhookActionAndData({ data: {}, rawData: Buffer.from(forged.body), headers: forged.headers }))
    }
    assert.equal(receiver.received.length, 2)
  })

  it("saves and lists payment methods for an account holder", async () => {
    const holder = await provider.createAccountHolder({ context: { customer: { email: "saver@example.ma" }, idempotency_key: "holder-2" } })
    const context = { account_holder: { data: { id: holder.id } } }
    const saved = await provider.savePaymentMethod({ context, data: { payment_method_types: ["card"] } })
    assert.match(saved.id ?? "", /^seti_/)
    await harness.stripe.setupIntents.confirm(saved.id as string, { payment_method: "pm_card_visa" })
    const methods = await provider.listPaymentMethods({ context })
    assert.equal(methods.length, 1)
    assert.equal((methods[0].data as { card: { last4: string } }).card.last4, "4242")
    await provider.deleteAccountHolder({ context })
    const state = harness.server.control.state() as { customers: unknown[]; payment_intents: PaymentIntent[] }
    assert.equal(state.customers.length, 0)
  })
})
