/**
 * The terms of sale a customer accepts before placing an order (law 31-08 on consumer protection).
 *
 * `TERMS_VERSION` names the text in force: the storefront's terms page shows it, the checkout sends
 * it with the customer's acceptance, and the backend records it (with the time) on the cart and on
 * every order the cart becomes. Change it whenever the terms change, so orders say which text
 * their customer accepted.
 */
export const TERMS_VERSION = "2026-12-07"

/** Withdrawal period for distance sales (law 31-08, art. 36), in days after delivery. */
export const WITHDRAWAL_DAYS = 7

/** Where the acceptance is kept: `cart.metadata[TERMS_METADATA_KEY]`, copied to each order's metadata. */
export const TERMS_METADATA_KEY = "terms_acceptance"

/** What the backend records when the customer accepts the terms. */
export type TermsAcceptance = {
  version: string
  /** ISO time the server received the acceptance. */
  accepted_at: string
}

/** `POST /store/carts/:id/terms-acceptance` body. */
export type StoreAcceptTermsBody = { version: string }

/** True when the acceptance is for the terms in force. */
export function acceptsCurrentTerms(value: unknown): value is TermsAcceptance {
  if (!value || typeof value !== "object") {
    return false
  }
  const acceptance = value as Partial<TermsAcceptance>
  return acceptance.version === TERMS_VERSION && typeof acceptance.accepted_at === "string"
}
