import { invalidRequest } from "../errors"
import { list, now, type Charge, type Refund } from "../objects"
import { mergeMetadata, optionalInteger, optionalString, positiveAmount } from "../params"
import type { ApiRequest, Route } from "../router"
import { newId, type Store } from "../state"

/** `/v1/refunds`: full or partial refunds of a captured charge, by PaymentIntent or charge id. */

function formatAmount(amount: number, currency: string): string {
  return `${currency.toUpperCase()} ${(amount / 100).toFixed(2)}`
}

function refundedSoFar(store: Store, charge: Charge): number {
  return [...store.refunds.values()].filter((refund) => refund.charge === charge.id).reduce((sum, refund) => sum + refund.amount, 0)
}

function chargeToRefund(store: Store, paymentIntentId: string | undefined, chargeId: string | undefined): Charge {
  if (chargeId) {
    return store.charge(chargeId)
  }
  if (!paymentIntentId) {
    throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.", { param: "payment_intent" })
  }
  const intent = store.intent(paymentIntentId)
  const charge = intent.latest_charge ? store.charge(intent.latest_charge) : undefined
  if (!charge || charge.status !== "succeeded") {
    throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, { param: "payment_intent" })
  }
  return charge
}

function create({ params, ctx }: ApiRequest): Refund {
  const charge = chargeToRefund(ctx.store, optionalString(params, "payment_intent"), optionalString(params, "charge"))
  if (!charge.captured) {
    throw invalidRequest(`Charge ${charge.id} has not been captured; cancel its PaymentIntent to release the authorization instead.`, {
      param: "charge",
    })
  }
  const refundable = charge.amount_captured - refundedSoFar(ctx.store, charge)
  if (refundable <= 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" })
  }
  const amount = positiveAmount(params, "amount") ?? refundable
  if (amount > refundable) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(refundable, charge.currency)})`,
      { param: "amount", code: "amount_too_large" }
    )
  }
  const refund: Refund = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: newId("txn"),
    charge: charge.id,
    created: now(),
    currency: charge.currency,
    livemode: false,
    metadata: mergeMetadata({}, params),
    payment_intent: charge.payment_intent,
    reason: optionalString(params, "reason") ?? null,
    receipt_number: null,
    status: "succeeded",
  }
  ctx.store.refunds.set(refund.id, refund)
  charge.amount_refunded += amount
  charge.refunded = refundedSoFar(ctx.store, charge) >= charge.amount_captured
  ctx.webhooks.emit("refund.created", refund, ctx.request)
  ctx.webhooks.emit("charge.refunded", ctx.store.renderCharge(charge), ctx.request)
  return refund
}

function listRefunds({ params, ctx }: ApiRequest) {
  const paymentIntent = optionalString(params, "payment_intent")
  const charge = optionalString(params, "charge")
  const limit = optionalInteger(params, "limit") ?? 10
  const refunds = [...ctx.store.refunds.values()]
    .filter((refund) => (!paymentIntent || refund.payment_intent === paymentIntent) && (!charge || refund.charge === charge))
    .reverse()
  return { ...list(refunds.slice(0, limit), "/v1/refunds"), has_more: refunds.length > limit }
}

export const refundRoutes: Route[] = [
  { method: "POST", pattern: "/v1/refunds", handler: create },
  { method: "GET", pattern: "/v1/refunds", handler: listRefunds },
  { method: "GET", pattern: "/v1/refunds/:id", handler: ({ path, ctx }) => ctx.store.refund(path.id) },
]
