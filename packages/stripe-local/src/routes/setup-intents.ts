import { outcomeForCard } from "../cards"
import { invalidRequest, StripeApiError } from "../errors"
import type { Params } from "../form"
import { now, type SetupIntent } from "../objects"
import { mergeMetadata, optionalBoolean, optionalObject, optionalString, stringList } from "../params"
import { attachPaymentMethod, createPaymentMethod, resolvePaymentMethod, type Context } from "../payment-methods"
import type { ApiRequest, Route } from "../router"
import { newId, randomToken } from "../state"

/**
 * `/v1/setup_intents`: the Medusa provider's `savePaymentMethod` creates one for the account holder.
 * Confirming saves (attaches) the card; 3-D Secure cards are treated as authenticated at once.
 */

function applyFields(ctx: Context, intent: SetupIntent, params: Params): void {
  intent.metadata = mergeMetadata(intent.metadata, params)
  intent.description = optionalString(params, "description") ?? intent.description
  intent.usage = optionalString(params, "usage") ?? intent.usage
  const types = stringList(params, "payment_method_types")
  if (types?.length) {
    intent.payment_method_types = types
  }
  const data = optionalObject(params, "payment_method_data")
  const reference = optionalString(params, "payment_method")
  const method = data ? createPaymentMethod(ctx, data) : reference ? resolvePaymentMethod(ctx, reference) : undefined
  if (method) {
    intent.payment_method = method.id
    intent.status = "requires_confirmation"
  }
}

function confirmSetup(ctx: Context, intent: SetupIntent): SetupIntent {
  if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
    throw new StripeApiError(400, {
      type: "invalid_request_error",
      code: "setup_intent_unexpected_state",
      message: `You cannot confirm this SetupIntent because it has a status of ${intent.status}.`,
      setup_intent: intent,
    })
  }
  if (!intent.payment_method) {
    throw invalidRequest("You cannot confirm this SetupIntent because it's missing a payment method.", { code: "setup_intent_unexpected_state" })
  }
  const method = ctx.store.paymentMethod(intent.payment_method)
  const outcome = outcomeForCard(method.card)
  if (outcome.kind === "decline") {
    intent.status = "requires_payment_method"
    intent.payment_method = null
    intent.last_setup_error = { type: "card_error", ...outcome.decline, doc_url: "https://stripe.com/docs/error-codes/card-declined", payment_method: method }
    ctx.webhooks.emit("setup_intent.setup_failed", intent, ctx.request)
    throw new StripeApiError(402, { type: "card_error", ...outcome.decline, setup_intent: intent, payment_method: method })
  }
  if (intent.customer) {
    attachPaymentMethod(ctx, method, intent.customer)
  }
  intent.status = "succeeded"
  intent.last_setup_error = null
  ctx.webhooks.emit("setup_intent.succeeded", intent, ctx.request)
  return intent
}

function create({ params, ctx }: ApiRequest): SetupIntent {
  const customer = optionalString(params, "customer") ?? null
  if (customer) {
    ctx.store.customer(customer, "customer")
  }
  const id = newId("seti")
  const intent: SetupIntent = {
    id,
    object: "setup_intent",
    cancellation_reason: null,
    client_secret: `${id}_secret_${randomToken(25)}`,
    created: now(),
    customer,
    description: null,
    last_setup_error: null,
    livemode: false,
    metadata: {},
    next_action: null,
    payment_method: null,
    payment_method_types: ["card"],
    status: "requires_payment_method",
    usage: "off_session",
  }
  applyFields(ctx, intent, params)
  ctx.store.setupIntents.set(intent.id, intent)
  ctx.webhooks.emit("setup_intent.created", intent, ctx.request)
  return optionalBoolean(params, "confirm") ? confirmSetup(ctx, intent) : intent
}

function intentFor({ params, path, ctx, auth }: ApiRequest): SetupIntent {
  const intent = ctx.store.setupIntent(path.id)
  if (auth.kind === "publishable" && optionalString(params, "client_secret") !== intent.client_secret) {
    throw invalidRequest("The client_secret provided does not match the client_secret associated with the SetupIntent.", { param: "client_secret" })
  }
  return intent
}

function confirm(request: ApiRequest): SetupIntent {
  const intent = intentFor(request)
  applyFields(request.ctx, intent, request.params)
  return confirmSetup(request.ctx, intent)
}

function update({ params, path, ctx }: ApiRequest): SetupIntent {
  const intent = ctx.store.setupIntent(path.id)
  applyFields(ctx, intent, params)
  return intent
}

function cancel({ params, path, ctx }: ApiRequest): SetupIntent {
  const intent = ctx.store.setupIntent(path.id)
  if (intent.status === "succeeded" || intent.status === "canceled") {
    throw invalidRequest(`You cannot cancel this SetupIntent because it has a status of ${intent.status}.`, { code: "setup_intent_unexpected_state" })
  }
  intent.status = "canceled"
  intent.cancellation_reason = optionalString(params, "cancellation_reason") ?? null
  ctx.webhooks.emit("setup_intent.canceled", intent, ctx.request)
  return intent
}

export const setupIntentRoutes: Route[] = [
  { method: "POST", pattern: "/v1/setup_intents", handler: create },
  { method: "GET", pattern: "/v1/setup_intents/:id", handler: intentFor, publishable: true },
  { method: "POST", pattern: "/v1/setup_intents/:id", handler: update },
  { method: "POST", pattern: "/v1/setup_intents/:id/confirm", handler: confirm, publishable: true },
  { method: "POST", pattern: "/v1/setup_intents/:id/cancel", handler: cancel },
]
