import { cardNumberForAlias, describeCard } from "./cards"
import { invalidRequest, missingParam } from "./errors"
import type { Params } from "./form"
import { emptyAddress, now, type BillingDetails, type PaymentMethod } from "./objects"
import { mergeMetadata, optionalObject, optionalString } from "./params"
import { newId, type Store } from "./state"
import type { RequestInfo, WebhookDispatcher } from "./webhooks"

/** Creating, resolving and attaching card PaymentMethods. */

export interface Context {
  store: Store
  webhooks: WebhookDispatcher
  /** The server's own origin, for `next_action` URLs. */
  baseUrl: string
  request?: RequestInfo
}

function billingDetails(params: Params | undefined): BillingDetails {
  const address = params ? optionalObject(params, "address") : undefined
  return {
    address: {
      ...emptyAddress(),
      ...Object.fromEntries(Object.entries(address ?? {}).filter(([, value]) => typeof value === "string")),
    },
    email: (params && optionalString(params, "email")) || null,
    name: (params && optionalString(params, "name")) || null,
    phone: (params && optionalString(params, "phone")) || null,
  }
}

function testExpiry(): { exp_month: number; exp_year: number } {
  return { exp_month: 12, exp_year: new Date().getUTCFullYear() + 3 }
}

function store(ctx: Context, method: PaymentMethod): PaymentMethod {
  ctx.store.paymentMethods.set(method.id, method)
  return method
}

function build(number: string, expiry: { exp_month: number; exp_year: number }, cvc: string | undefined, params: Params): PaymentMethod {
  return {
    id: newId("pm"),
    object: "payment_method",
    type: "card",
    allow_redisplay: "unspecified",
    billing_details: billingDetails(optionalObject(params, "billing_details")),
    card: describeCard({ number, ...expiry, cvc }),
    created: now(),
    customer: null,
    livemode: false,
    metadata: mergeMetadata({}, params),
  }
}

/** `POST /v1/payment_methods` and `payment_method_data[...]`: a card from a number or a `tok_*` test token. */
export function createPaymentMethod(ctx: Context, params: Params): PaymentMethod {
  const type = optionalString(params, "type")
  if (!type) {
    throw missingParam("type")
  }
  if (type !== "card") {
    throw invalidRequest(`stripe-local supports only card payment methods, not '${type}'.`, { param: "type" })
  }
  const card = optionalObject(params, "card")
  if (!card) {
    throw missingParam("card")
  }
  const token = optionalString(card, "token")
  if (token) {
    const number = cardNumberForAlias(token)
    if (!number) {
      throw invalidRequest(`No such token: '${token}'`, { param: "card[token]", code: "resource_missing" })
    }
    return store(ctx, build(number, testExpiry(), undefined, params))
  }
  const number = optionalString(card, "number")
  if (!number) {
    throw missingParam("card[number]")
  }
  const expMonth = Number(optionalString(card, "exp_month"))
  const expYear = Number(optionalString(card, "exp_year"))
  return store(ctx, build(number, { exp_month: expMonth, exp_year: expYear }, optionalString(card, "cvc"), params))
}

/** An existing `pm_…`, or a fresh PaymentMethod for a `pm_card_*` / `tok_*` test alias (as Stripe clones them). */
export function resolvePaymentMethod(ctx: Context, reference: string, param = "payment_method"): PaymentMethod {
  const aliased = cardNumberForAlias(reference)
  if (aliased) {
    return store(ctx, build(aliased, testExpiry(), undefined, {}))
  }
  return ctx.store.paymentMethod(reference, param)
}

export function attachPaymentMethod(ctx: Context, method: PaymentMethod, customerId: string): PaymentMethod {
  ctx.store.customer(customerId, "customer")
  if (method.customer && method.customer !== customerId) {
    throw invalidRequest("The payment method you provided has already been attached to a customer.", { param: "customer" })
  }
  if (method.customer !== customerId) {
    method.customer = customerId
    ctx.webhooks.emit("payment_method.attached", method, ctx.request)
  }
  return method
}

export function detachPaymentMethod(ctx: Context, method: PaymentMethod): PaymentMethod {
  if (!method.customer) {
    throw invalidRequest("The payment method you provided is not attached to a customer so detachment is impossible.")
  }
  method.customer = null
  ctx.webhooks.emit("payment_method.detached", method, ctx.request)
  return method
}
