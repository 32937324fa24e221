import { invalidRequest, unexpectedState } from "../errors"
import type { Params } from "../form"
import { assertConfirmable, cancelIntent, captureIntent, confirmIntent, type ConfirmOptions } from "../intent-flow"
import { list, now, type PaymentIntent } from "../objects"
import {
  mergeMetadata,
  nullableString,
  optionalBoolean,
  optionalInteger,
  optionalObject,
  optionalString,
  plain,
  positiveAmount,
  requiredString,
  stringList,
} from "../params"
import { createPaymentMethod, resolvePaymentMethod, type Context } from "../payment-methods"
import type { ApiRequest, Route } from "../router"
import { newId, randomToken } from "../state"

/** `/v1/payment_intents`: create, retrieve, update, confirm, capture, cancel, list. */

const CAPTURE_METHODS = ["automatic", "automatic_async", "manual"] as const
const EDITABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]
/** Fields Stripe lets you change whatever the status. */
const ALWAYS_EDITABLE = new Set(["metadata", "description", "receipt_email", "shipping", "expand", "client_secret"])

function captureMethod(params: Params): PaymentIntent["capture_method"] | undefined {
  const value = optionalString(params, "capture_method")
  if (value === undefined) {
    return undefined
  }
  const known = CAPTURE_METHODS.find((method) => method === value)
  if (!known) {
    throw invalidRequest(`Invalid capture_method: must be one of ${CAPTURE_METHODS.join(", ")}`, { param: "capture_method" })
  }
  return known
}

function currency(params: Params): string | undefined {
  const value = optionalString(params, "currency")
  if (value !== undefined && !/^[a-zA-Z]{3}$/.test(value)) {
    throw invalidRequest(`Invalid currency: ${value}.`, { param: "currency" })
  }
  return value?.toLowerCase()
}

/** The fields shared by create, update and confirm; a new payment method moves the intent to `requires_confirmation`. */
function applyFields(ctx: Context, intent: PaymentIntent, params: Params): void {
  intent.amount = positiveAmount(params, "amount") ?? intent.amount
  intent.currency = currency(params) ?? intent.currency
  intent.capture_method = captureMethod(params) ?? intent.capture_method
  intent.metadata = mergeMetadata(intent.metadata, params)
  for (const field of ["description", "receipt_email", "setup_future_usage", "statement_descriptor", "statement_descriptor_suffix"] as const) {
    const value = nullableString(params, field)
    if (value !== undefined) {
      intent[field] = value
    }
  }
  const customer = nullableString(params, "customer")
  if (customer) {
    ctx.store.customer(customer, "customer")
  }
  if (customer !== undefined) {
    intent.customer = customer
  }
  if (params.shipping !== undefined) {
    intent.shipping = params.shipping === "" ? null : plain(params.shipping)
  }
  const options = optionalObject(params, "payment_method_options")
  if (options) {
    intent.payment_method_options = { ...intent.payment_method_options, ...(plain(options) as Record<string, unknown>) }
  }
  const types = stringList(params, "payment_method_types")
  if (types?.length) {
    intent.payment_method_types = types
    intent.automatic_payment_methods = null
  }
  const data = optionalObject(params, "payment_method_data")
  const reference = optionalString(params, "payment_method")
  const method = data ? createPaymentMethod(ctx, data) : reference ? resolvePaymentMethod(ctx, reference) : undefined
  if (method) {
    intent.payment_method = method.id
    intent.last_payment_error = null
    intent.next_action = null
    intent.status = "requires_confirmation"
  }
}

function confirmOptions(params: Params): ConfirmOptions {
  // `off_session` is `true`/`false`, or `one_off`/`recurring` (both mean off-session).
  const offSession = optionalString(params, "off_session")
  return {
    returnUrl: optionalString(params, "return_url"),
    useStripeSdk: optionalBoolean(params, "use_stripe_sdk"),
    offSession: offSession !== undefined && offSession !== "false",
  }
}

function create({ params, ctx }: ApiRequest): PaymentIntent {
  const amount = positiveAmount(params, "amount")
  if (amount === undefined) {
    throw invalidRequest("Missing required param: amount.", { param: "amount", code: "parameter_missing" })
  }
  const types = stringList(params, "payment_method_types")
  const automatic = optionalObject(params, "automatic_payment_methods")
  if (types?.length && optionalBoolean(automatic ?? {}, "enabled")) {
    throw invalidRequest("You may only specify one of these parameters: automatic_payment_methods, payment_method_types.", {
      param: "automatic_payment_methods",
    })
  }
  const id = newId("pi")
  const intent: PaymentIntent = {
    id,
    object: "payment_intent",
    amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: types?.length ? null : { enabled: true, allow_redirects: optionalString(automatic ?? {}, "allow_redirects") ?? "always" },
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic",
    client_secret: `${id}_secret_${randomToken(25)}`,
    confirmation_method: optionalString(params, "confirmation_method") === "manual" ? "manual" : "automatic",
    created: now(),
    currency: requiredString(params, "currency"),
    customer: null,
    description: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ["card"],
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_data: null,
    transfer_group: null,
  }
  applyFields(ctx, intent, params)
  ctx.store.paymentIntents.set(intent.id, intent)
  ctx.webhooks.emit("payment_intent.created", ctx.store.renderIntent(intent), ctx.request)
  if (optionalBoolean(params, "confirm")) {
    confirmIntent(ctx, intent, confirmOptions(params))
  }
  return intent
}

/** With a publishable key, an intent is reachable only with its own client secret. */
function intentFor({ params, path, ctx, auth }: ApiRequest): PaymentIntent {
  const intent = ctx.store.intent(path.id)
  if (auth.kind === "publishable") {
    const secret = optionalString(params, "client_secret")
    if (!secret) {
      throw invalidRequest("You must provide the client_secret of this PaymentIntent when using a publishable key.", { param: "client_secret" })
    }
    if (secret !== intent.client_secret) {
      throw invalidRequest("The client_secret provided does not match the client_secret associated with the PaymentIntent.", {
        param: "client_secret",
      })
    }
  }
  return intent
}

/** What a publishable key may see: Stripe leaves out the merchant's metadata. */
function forCaller(request: ApiRequest, intent: PaymentIntent): unknown {
  const rendered = request.ctx.store.renderIntent(intent)
  if (request.auth.kind === "publishable") {
    const { metadata: _metadata, charges: _charges, ...visible } = rendered
    return visible
  }
  return rendered
}

function update({ params, path, ctx }: ApiRequest): unknown {
  const intent = ctx.store.intent(path.id)
  if (!EDITABLE.includes(intent.status)) {
    const blocked = Object.keys(params).filter((key) => !ALWAYS_EDITABLE.has(key))
    if (blocked.length) {
      throw unexpectedState(
        `You cannot update ${blocked.join(", ")} on this PaymentIntent because it has a status of ${intent.status}.`,
        ctx.store.renderIntent(intent)
      )
    }
  }
  applyFields(ctx, intent, params)
  return ctx.store.renderIntent(intent)
}

function confirm(request: ApiRequest): unknown {
  const { params, ctx } = request
  const intent = intentFor(request)
  assertConfirmable(ctx, intent)
  applyFields(ctx, intent, params)
  confirmIntent(ctx, intent, confirmOptions(params))
  return forCaller(request, intent)
}

function capture({ params, path, ctx }: ApiRequest): unknown {
  const intent = ctx.store.intent(path.id)
  intent.metadata = mergeMetadata(intent.metadata, params)
  const finalCapture = optionalBoolean(params, "final_capture") ?? true
  captureIntent(ctx, intent, positiveAmount(params, "amount_to_capture"), finalCapture)
  return ctx.store.renderIntent(intent)
}

function cancel({ params, path, ctx }: ApiRequest): unknown {
  const intent = ctx.store.intent(path.id)
  cancelIntent(ctx, intent, optionalString(params, "cancellation_reason"))
  return ctx.store.renderIntent(intent)
}

function listIntents({ params, ctx }: ApiRequest) {
  const customer = optionalString(params, "customer")
  const limit = optionalInteger(params, "limit") ?? 10
  const intents = [...ctx.store.paymentIntents.values()]
    .filter((intent) => !customer || intent.customer === customer)
    .reverse()
    .map((intent) => ctx.store.renderIntent(intent))
  return { ...list(intents.slice(0, limit), "/v1/payment_intents"), has_more: intents.length > limit }
}

export const paymentIntentRoutes: Route[] = [
  { method: "POST", pattern: "/v1/payment_intents", handler: (request) => request.ctx.store.renderIntent(create(request)) },
  { method: "GET", pattern: "/v1/payment_intents", handler: listIntents },
  { method: "GET", pattern: "/v1/payment_intents/:id", handler: (request) => forCaller(request, intentFor(request)), publishable: true },
  { method: "POST", pattern: "/v1/payment_intents/:id", handler: update },
  { method: "POST", pattern: "/v1/payment_intents/:id/confirm", handler: confirm, publishable: true },
  { method: "POST", pattern: "/v1/payment_intents/:id/capture", handler: capture },
  { method: "POST", pattern: "/v1/payment_intents/:id/cancel", handler: cancel },
]
