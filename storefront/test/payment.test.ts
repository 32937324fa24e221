/** Card payment helpers: which message a Stripe error gets, and what the cart's session holds. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import { cardErrorKey, isAuthorizedStatus } from "../src/lib/util/card-errors"
import { cardPaymentIntent, hasPaymentSession, paymentProviderId } from "../src/lib/util/payment"

describe("card error messages", () => {
  it("names the decline reason when Stripe gives one", () => {
    assert.equal(cardErrorKey({ type: "card_error", code: "card_declined", decline_code: "insufficient_funds" }), "insufficient_funds")
    assert.equal(cardErrorKey({ type: "card_error", code: "card_declined", decline_code: "generic_decline" }), "card_declined")
    assert.equal(cardErrorKey({ type: "card_error", code: "card_declined" }), "card_declined")
  })

  it("maps the codes the checkout words itself", () => {
    for (const code of ["expired_card", "incorrect_cvc", "processing_error"]) {
      assert.equal(cardErrorKey({ type: "card_error", code }), code)
    }
    assert.equal(
      cardErrorKey({ type: "invalid_request_error", code: "payment_intent_authentication_failure" }),
      "payment_intent_authentication_failure"
    )
  })

  it("asks to check the card when the element flags its fields", () => {
    assert.equal(cardErrorKey({ type: "validation_error", code: "incomplete_number" }), "incomplete")
  })

  it("falls back to the generic message, also for another card error", () => {
    assert.equal(cardErrorKey({ type: "api_connection_error" }), "generic")
    assert.equal(cardErrorKey({ type: "invalid_request_error", code: "generic" }), "generic")
    assert.equal(cardErrorKey({ type: "card_error", code: "lost_card" }), "card_declined")
  })

  it("places the order only for an authorized intent", () => {
    assert.ok(isAuthorizedStatus("requires_capture"))
    assert.ok(isAuthorizedStatus("succeeded"))
    assert.ok(!isAuthorizedStatus("requires_payment_method"))
    assert.ok(!isAuthorizedStatus("requires_action"))
    assert.ok(!isAuthorizedStatus(undefined))
  })
})

describe("payment sessions", () => {
  function cart(...sessions: Array<{ provider_id: string; data: Record<string, unknown> }>) {
    return { payment_collection: { payment_sessions: sessions } } as unknown as Pick<HttpTypes.StoreCart, "payment_collection">
  }

  it("reads the chosen provider and its sessions", () => {
    const withCard = cart({ provider_id: "pp_stripe_stripe", data: {} })
    assert.equal(paymentProviderId(withCard), "pp_stripe_stripe")
    assert.ok(hasPaymentSession(withCard, "pp_stripe_stripe"))
    assert.ok(!hasPaymentSession(withCard, "pp_cod_cod"))
    assert.equal(paymentProviderId(cart()), null)
  })

  it("gives the PaymentIntent's id and client secret from the card session", () => {
    const withCard = cart({ provider_id: "pp_stripe_stripe", data: { id: "pi_1", client_secret: "pi_1_secret_x", status: "requires_payment_method" } })
    assert.deepEqual(cardPaymentIntent(withCard, "pp_stripe_stripe"), { id: "pi_1", clientSecret: "pi_1_secret_x" })
    assert.equal(cardPaymentIntent(cart({ provider_id: "pp_cod_cod", data: {} }), "pp_stripe_stripe"), null)
    assert.equal(cardPaymentIntent(cart({ provider_id: "pp_stripe_stripe", data: { id: "pi_1" } }), "pp_stripe_stripe"), null)
  })
})
