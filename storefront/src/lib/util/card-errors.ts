/*
 * Client islands import this module: it imports nothing at run time.
 */

/** The card problems the checkout names in the customer's language (`checkout.cardErrors.*`). */
export const CARD_ERROR_KEYS = [
  "card_declined",
  "insufficient_funds",
  "expired_card",
  "incorrect_cvc",
  "processing_error",
  "payment_intent_authentication_failure",
  "incomplete",
  "generic",
] as const
export type CardErrorKey = (typeof CARD_ERROR_KEYS)[number]

/** The fields of a Stripe.js error (`StripeError`) that say what went wrong. */
export type CardErrorLike = { type?: string; code?: string; decline_code?: string }

const NAMED = new Set<string>(CARD_ERROR_KEYS)

/**
 * Which message to show for a Stripe.js error: the decline reason when Stripe gives one
 * (`card_declined` with `decline_code: insufficient_funds`), else its code; details the Payment
 * Element itself flags (`validation_error`: incomplete or invalid number, expiry, CVC) ask the
 * customer to check the card; anything else is the generic message.
 */
export function cardErrorKey(error: CardErrorLike): CardErrorKey {
  if (error.type === "validation_error") {
    return "incomplete"
  }
  for (const code of [error.decline_code, error.code]) {
    if (code && code !== "incomplete" && code !== "generic" && NAMED.has(code)) {
      return code as CardErrorKey
    }
  }
  if (error.type === "card_error") {
    return "card_declined"
  }
  return "generic"
}

/** PaymentIntent statuses after which the card is authorized and the order can be placed. */
const AUTHORIZED = new Set(["requires_capture", "succeeded", "processing"])

export function isAuthorizedStatus(status: string | null | undefined): boolean {
  return !!status && AUTHORIZED.has(status)
}
