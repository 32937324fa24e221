import type { HttpTypes } from "@medusajs/types"

type WithPayment = Pick<HttpTypes.StoreCart, "payment_collection">

function sessions(cart: WithPayment): HttpTypes.StorePaymentSession[] {
  return cart.payment_collection?.payment_sessions ?? []
}

/** Whether the cart's payment collection has a session with this provider. */
export function hasPaymentSession(cart: WithPayment, providerId: string): boolean {
  return sessions(cart).some((session) => session.provider_id === providerId)
}

/** The provider of the cart's payment session (the method chosen at step 3), or null. */
export function paymentProviderId(cart: WithPayment): string | null {
  return sessions(cart)[0]?.provider_id ?? null
}

/**
 * The Stripe PaymentIntent a card session holds (its `data` is the intent): its id and the client
 * secret the browser confirms it with. Null when the cart has no such session or it carries no secret.
 */
export function cardPaymentIntent(cart: WithPayment, providerId: string): { id: string; clientSecret: string } | null {
  const data = sessions(cart).find((session) => session.provider_id === providerId)?.data
  const id = data?.id
  const clientSecret = data?.client_secret
  return typeof id === "string" && typeof clientSecret === "string" && clientSecret ? { id, clientSecret } : null
}
