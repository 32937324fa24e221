import { outcomeForCard, type Decline, type Outcome } from "./cards"
import { invalidRequest, StripeApiError, unexpectedState } from "./errors"
import { now, type Charge, type LastPaymentError, type PaymentIntent, type PaymentMethod } from "./objects"
import { attachPaymentMethod, type Context } from "./payment-methods"
import { newId } from "./state"

/**
 * The PaymentIntent state machine:
 * requires_payment_method → requires_confirmation → (requires_action) → requires_capture | succeeded,
 * and canceled from any non-final state. Each transition emits the events Stripe sends for it.
 */

const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]
const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]

export interface ConfirmOptions {
  returnUrl?: string
  /** Stripe.js asks for `use_stripe_sdk` next actions; server-side confirmations without a return URL get them too. */
  useStripeSdk?: boolean
  offSession?: boolean
}

function emitIntent(ctx: Context, type: string, intent: PaymentIntent): void {
  ctx.webhooks.emit(type, ctx.store.renderIntent(intent), ctx.request)
}

function emitCharge(ctx: Context, type: string, charge: Charge): void {
  ctx.webhooks.emit(type, ctx.store.renderCharge(charge), ctx.request)
}

function isManual(intent: PaymentIntent): boolean {
  return intent.capture_method === "manual"
}

function newCharge(ctx: Context, intent: PaymentIntent, method: PaymentMethod, decline: Decline | null, threeDSecure: boolean): Charge {
  const captured = !decline && !isManual(intent)
  const charge: Charge = {
    id: newId("ch"),
    object: "charge",
    amount: intent.amount,
    amount_captured: captured ? intent.amount : 0,
    amount_refunded: 0,
    balance_transaction: captured ? newId("txn") : null,
    billing_details: method.billing_details,
    captured,
    created: now(),
    currency: intent.currency,
    customer: intent.customer,
    description: intent.description,
    disputed: false,
    failure_code: decline?.code ?? null,
    failure_message: decline?.message ?? null,
    livemode: false,
    metadata: { ...intent.metadata },
    outcome: decline
      ? { network_status: "declined_by_network", reason: decline.decline_code ?? decline.code, risk_level: "normal", seller_message: "The bank did not return any further details with this decline.", type: "issuer_declined" }
      : { network_status: "approved_by_network", reason: null, risk_level: "normal", seller_message: "Payment complete.", type: "authorized" },
    paid: !decline,
    payment_intent: intent.id,
    payment_method: method.id,
    payment_method_details: {
      type: "card",
      card: {
        brand: method.card.brand,
        country: method.card.country,
        exp_month: method.card.exp_month,
        exp_year: method.card.exp_year,
        funding: method.card.funding,
        last4: method.card.last4,
        network: method.card.brand,
        three_d_secure: threeDSecure ? { result: "authenticated" } : null,
      },
    },
    receipt_url: null,
    refunded: false,
    refunds: { object: "list", data: [], has_more: false, url: "" },
    status: decline ? "failed" : "succeeded",
  }
  ctx.store.charges.set(charge.id, charge)
  ctx.store.internals(intent.id).chargeIds.push(charge.id)
  intent.latest_charge = charge.id
  return charge
}

function authorize(ctx: Context, intent: PaymentIntent, method: PaymentMethod, threeDSecure: boolean): PaymentIntent {
  const charge = newCharge(ctx, intent, method, null, threeDSecure)
  intent.last_payment_error = null
  intent.next_action = null
  if (intent.setup_future_usage && intent.customer) {
    attachPaymentMethod(ctx, method, intent.customer)
  }
  emitCharge(ctx, "charge.succeeded", charge)
  if (isManual(intent)) {
    intent.status = "requires_capture"
    intent.amount_capturable = intent.amount
    emitIntent(ctx, "payment_intent.amount_capturable_updated", intent)
  } else {
    intent.status = "succeeded"
    intent.amount_received = intent.amount
    emitIntent(ctx, "payment_intent.succeeded", intent)
  }
  return intent
}

/** A declined confirmation: the intent goes back to `requires_payment_method` and the caller gets a 402. */
function decline(ctx: Context, intent: PaymentIntent, method: PaymentMethod, decline: Decline, threeDSecure: boolean): never {
  const charge = newCharge(ctx, intent, method, decline, threeDSecure)
  const error: LastPaymentError = {
    type: "card_error",
    code: decline.code,
    decline_code: decline.decline_code,
    message: decline.message,
    doc_url: `https://stripe.com/docs/error-codes/${decline.code.replace(/_/g, "-")}`,
    charge: charge.id,
    payment_method: method,
  }
  intent.status = "requires_payment_method"
  intent.payment_method = null
  intent.next_action = null
  intent.last_payment_error = error
  emitCharge(ctx, "charge.failed", charge)
  emitIntent(ctx, "payment_intent.payment_failed", intent)
  throw new StripeApiError(402, { ...error, payment_intent: ctx.store.renderIntent(intent) })
}

function requireAction(ctx: Context, intent: PaymentIntent, then: Outcome, options: ConfirmOptions): PaymentIntent {
  const page = `${ctx.baseUrl}/_local/3ds/${intent.id}`
  intent.status = "requires_action"
  intent.next_action =
    options.returnUrl && !options.useStripeSdk
      ? {
          type: "redirect_to_url",
          redirect_to_url: { url: `${page}?return_url=${encodeURIComponent(options.returnUrl)}`, return_url: options.returnUrl },
        }
      : { type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: page, source: newId("src") } }
  ctx.store.internals(intent.id).afterAuthentication = then
  emitIntent(ctx, "payment_intent.requires_action", intent)
  return intent
}

function apply(ctx: Context, intent: PaymentIntent, method: PaymentMethod, outcome: Outcome, options: ConfirmOptions, threeDSecure: boolean): PaymentIntent {
  switch (outcome.kind) {
    case "succeed":
      return authorize(ctx, intent, method, threeDSecure)
    case "decline":
      return decline(ctx, intent, method, outcome.decline, threeDSecure)
    case "authenticate":
      if (options.offSession) {
        return decline(ctx, intent, method, { code: "authentication_required", decline_code: "authentication_required", message: "Your card was declined. This transaction requires authentication." }, false)
      }
      return requireAction(ctx, intent, outcome.then, options)
  }
}

export function assertConfirmable(ctx: Context, intent: PaymentIntent): void {
  if (!CONFIRMABLE.includes(intent.status)) {
    throw unexpectedState(
      `You cannot confirm this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${CONFIRMABLE.join(", ")}.`,
      ctx.store.renderIntent(intent)
    )
  }
}

export function confirmIntent(ctx: Context, intent: PaymentIntent, options: ConfirmOptions): PaymentIntent {
  assertConfirmable(ctx, intent)
  if (!intent.payment_method) {
    throw unexpectedState(
      "You cannot confirm this PaymentIntent because it's missing a payment method. Update the PaymentIntent with a payment method and then confirm it again.",
      ctx.store.renderIntent(intent)
    )
  }
  const method = ctx.store.paymentMethod(intent.payment_method)
  const internals = ctx.store.internals(intent.id)
  const outcome = internals.forcedOutcome ?? ctx.store.nextOutcomes.shift() ?? outcomeForCard(method.card)
  internals.forcedOutcome = undefined
  internals.afterAuthentication = undefined
  return apply(ctx, intent, method, outcome, options, false)
}

/** Completes (or fails) the 3-D Secure step of an intent in `requires_action`. A decline after authentication throws its 402. */
export function completeAuthentication(ctx: Context, intent: PaymentIntent, success: boolean): PaymentIntent {
  if (intent.status !== "requires_action" || !intent.payment_method) {
    throw unexpectedState(`This PaymentIntent has a status of ${intent.status}; only one in requires_action can be authenticated.`, ctx.store.renderIntent(intent))
  }
  const method = ctx.store.paymentMethod(intent.payment_method)
  const internals = ctx.store.internals(intent.id)
  const then = internals.afterAuthentication ?? { kind: "succeed" }
  internals.afterAuthentication = undefined
  if (success) {
    return apply(ctx, intent, method, then, {}, true)
  }
  intent.status = "requires_payment_method"
  intent.payment_method = null
  intent.next_action = null
  intent.last_payment_error = {
    type: "invalid_request_error",
    code: "payment_intent_authentication_failure",
    message: "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
    doc_url: "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
    payment_method: method,
  }
  emitIntent(ctx, "payment_intent.payment_failed", intent)
  return intent
}

export function captureIntent(ctx: Context, intent: PaymentIntent, amountToCapture: number | undefined, finalCapture: boolean): PaymentIntent {
  if (intent.status !== "requires_capture" || !intent.latest_charge) {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      ctx.store.renderIntent(intent)
    )
  }
  const amount = amountToCapture ?? intent.amount_capturable
  if (amount > intent.amount_capturable) {
    throw invalidRequest(`The amount to capture (${amount}) is greater than the amount capturable (${intent.amount_capturable}).`, {
      param: "amount_to_capture",
      code: "amount_too_large",
    })
  }
  const card = intent.payment_method_options.card as Record<string, unknown> | undefined
  if (!finalCapture && card?.request_multicapture !== "if_available") {
    throw invalidRequest("final_capture=false needs payment_method_options[card][request_multicapture]=if_available on the PaymentIntent.", {
      param: "final_capture",
    })
  }
  const charge = ctx.store.charge(intent.latest_charge)
  charge.amount_captured += amount
  charge.captured = true
  charge.balance_transaction = charge.balance_transaction ?? newId("txn")
  intent.amount_received += amount
  intent.amount_capturable = finalCapture ? 0 : intent.amount_capturable - amount
  emitCharge(ctx, "charge.captured", charge)
  if (intent.amount_capturable === 0) {
    intent.status = "succeeded"
    emitIntent(ctx, "payment_intent.succeeded", intent)
  }
  return intent
}

export function cancelIntent(ctx: Context, intent: PaymentIntent, reason: string | undefined): PaymentIntent {
  if (!CANCELABLE.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`,
      ctx.store.renderIntent(intent)
    )
  }
  if (intent.status === "requires_capture" && intent.latest_charge) {
    // The uncaptured authorization is released; Stripe reports it as refunded on the charge.
    const charge = ctx.store.charge(intent.latest_charge)
    charge.amount_refunded += intent.amount_capturable
    charge.refunded = charge.amount_captured === 0
    emitCharge(ctx, "charge.refunded", charge)
  }
  intent.status = "canceled"
  intent.canceled_at = now()
  intent.cancellation_reason = reason ?? null
  intent.amount_capturable = 0
  intent.next_action = null
  emitIntent(ctx, "payment_intent.canceled", intent)
  return intent
}
