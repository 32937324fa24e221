import assert from "node:assert/strict"
import { after, before, beforeEach, describe, it } from "node:test"
import { runInNewContext } from "node:vm"
import type Stripe from "stripe"
import { encodeForm } from "./form"
import { call, PUBLISHABLE_KEY, startHarness, type Harness } from "./test-support/harness"

/** What the browser does: Stripe.js confirms with the publishable key and the client secret. */

let harness: Harness

before(async () => {
  harness = await startHarness()
})
after(() => harness.close())
beforeEach(() => harness.server.control.reset())

type ErrorBody = { error: { type: string; code?: string; decline_code?: string; param?: string; payment_intent?: Stripe.PaymentIntent } }

function cardData(number: string) {
  return { type: "card", card: { number, exp_month: "12", exp_year: String(new Date().getFullYear() + 2), cvc: "123" } }
}

async function createIntent(): Promise<Stripe.PaymentIntent> {
  return harness.stripe.paymentIntents.create({ amount: 10000, currency: "mad", capture_method: "manual", metadata: { session_id: "payses_1" } })
}

function confirmAsBrowser(intentId: string, clientSecret: string, number = "4242424242424242") {
  return call(harness.server, "POST", `/v1/payment_intents/${intentId}/confirm`, {
    key: PUBLISHABLE_KEY,
    form: encodeForm({ client_secret: clientSecret, use_stripe_sdk: "true", payment_method_data: cardData(number) }),
  })
}

describe("publishable key + client secret", () => {
  it("confirms a PaymentIntent with payment_method_data and hides the merchant's metadata", async () => {
    const intent = await createIntent()
    const response = await confirmAsBrowser(intent.id, intent.client_secret as string)
    assert.equal(response.status, 200)
    const confirmed = response.json<Stripe.PaymentIntent>()
    assert.equal(confirmed.status, "requires_capture")
    assert.equal(confirmed.metadata, undefined)
    assert.equal(response.headers.get("access-control-allow-origin"), "*")
  })

  it("accepts the key as Stripe.js sends it, in the form body", async () => {
    const intent = await createIntent()
    const response = await call(harness.server, "POST", `/v1/payment_intents/${intent.id}/confirm`, {
      form: encodeForm({ key: PUBLISHABLE_KEY, client_secret: intent.client_secret, payment_method_data: cardData("4242424242424242") }),
    })
    assert.equal(response.status, 200)
  })

  it("refuses a missing, wrong or other intent's client secret", async () => {
    const intent = await createIntent()
    const other = await createIntent()
    const missing = await call(harness.server, "POST", `/v1/payment_intents/${intent.id}/confirm`, {
      key: PUBLISHABLE_KEY,
      form: encodeForm({ payment_method_data: cardData("4242424242424242") }),
    })
    assert.equal(missing.status, 400)
    const wrong = await confirmAsBrowser(intent.id, `${intent.id}_secret_wrong`)
    assert.equal(wrong.status, 400)
    assert.equal(wrong.json<ErrorBody>().error.param, "client_secret")
    const crossed = await confirmAsBrowser(intent.id, other.client_secret as string)
    assert.equal(crossed.status, 400)
    assert.equal((await harness.stripe.paymentIntents.retrieve(intent.id)).status, "requires_payment_method")
  })

  it("allows only confirm and retrieve of that intent (and card creation) with a publishable key", async () => {
    const intent = await createIntent()
    for (const [method, path] of [
      ["POST", "/v1/payment_intents"],
      ["GET", "/v1/payment_intents"],
      ["POST", `/v1/payment_intents/${intent.id}/capture`],
      ["POST", `/v1/payment_intents/${intent.id}/cancel`],
      ["POST", `/v1/payment_intents/${intent.id}`],
      ["POST", "/v1/refunds"],
      ["POST", "/v1/customers"],
    ]) {
      const response = await call(harness.server, method, path, { key: PUBLISHABLE_KEY, form: method === "POST" ? "amount=1&currency=mad" : undefined })
      assert.equal(response.status, 401, `${method} ${path}`)
    }
    const retrieved = await harness.publishable.paymentIntents.retrieve(intent.id, { client_secret: intent.client_secret as string })
    assert.equal(retrieved.id, intent.id)
    await assert.rejects(harness.publishable.paymentIntents.retrieve(intent.id), /client_secret/)
  })

  it("returns a card_error with the intent for a declined card", async () => {
    const intent = await createIntent()
    const response = await confirmAsBrowser(intent.id, intent.client_secret as string, "4000000000000002")
    assert.equal(response.status, 402)
    const { error } = response.json<ErrorBody>()
    assert.equal(error.type, "card_error")
    assert.equal(error.code, "card_declined")
    assert.equal(error.decline_code, "generic_decline")
    assert.equal(error.payment_intent?.status, "requires_payment_method")
  })

  it("answers CORS preflights", async () => {
    const response = await call(harness.server, "OPTIONS", "/v1/payment_intents/pi_x/confirm", { headers: { origin: "http://localhost:8000" } })
    assert.equal(response.status, 204)
    assert.match(response.headers.get("access-control-allow-headers") ?? "", /Authorization/)
  })
})

describe("3-D Secure page in the browser", () => {
  it("posts the buttons' forms and tells the parent window the result", async () => {
    const intent = await createIntent()
    const confirmed = await confirmAsBrowser(intent.id, intent.client_secret as string, "4000002500003155")
    assert.equal(confirmed.json<Stripe.PaymentIntent>().status, "requires_action")
    const result = await call(harness.server, "POST", `/_local/3ds/${intent.id}/complete`, { headers: { accept: "text/html" } })
    assert.match(result.headers.get("content-type") ?? "", /text\/html/)
    assert.match(result.body, /postMessage/)
    assert.match(result.body, /"status":"requires_capture"/)
  })
})

describe("Stripe.js stand-in", () => {
  interface FakeElement {
    [name: string]: unknown
  }
  interface FakeStripe {
    (key: string, options?: unknown): Record<string, (...args: unknown[]) => unknown>
    version: unknown
  }

  async function loadScript(path: string): Promise<{ Stripe: FakeStripe; body: string; type: string | null }> {
    const response = await call(harness.server, "GET", path)
    assert.equal(response.status, 200)
    const window: Record<string, unknown> = { location: { href: "http://localhost:8000/checkout" } }
    const document = { currentScript: { src: `${harness.server.url}${path}` }, documentElement: { lang: "fr" } }
    runInNewContext(response.body, { window, document, URL, setTimeout, clearTimeout })
    return { Stripe: window.Stripe as FakeStripe, body: response.body, type: response.headers.get("content-type") }
  }

  it("defines window.Stripe with what @stripe/stripe-js and @stripe/react-stripe-js call", async () => {
    const { Stripe, type } = await loadScript("/v3")
    assert.match(type ?? "", /javascript/)
    assert.equal(Stripe.version, 3)
    const stripe = Stripe(PUBLISHABLE_KEY, { locale: "fr" })
    for (const name of ["elements", "createToken", "createPaymentMethod", "confirmCardPayment", "confirmPayment", "retrievePaymentIntent", "handleNextAction", "registerAppInfo", "_registerWrapper"]) {
      assert.equal(typeof stripe[name], "function", name)
    }
    const elements = stripe.elements({ clientSecret: "pi_1_secret_2" }) as Record<string, (...args: unknown[]) => unknown>
    for (const name of ["create", "getElement", "update", "fetchUpdates", "submit"]) {
      assert.equal(typeof elements[name], "function", name)
    }
    const element = elements.create("payment", { layout: "tabs" }) as FakeElement
    for (const name of ["mount", "unmount", "destroy", "on", "off", "update", "collapse", "focus"]) {
      assert.equal(typeof element[name], "function", name)
    }
    assert.equal(elements.getElement("payment"), element)
  })

  it("is served for a release train path too, and refuses live keys", async () => {
    const { Stripe } = await loadScript("/endive/stripe.js")
    assert.equal(Stripe.version, "endive")
    assert.throws(() => Stripe("pk_live_real"), /test publishable key/)
  })
})
