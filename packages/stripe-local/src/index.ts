/**
 * @tadamon/stripe-local: a test double of the parts of Stripe that Tadamon uses (REST API,
 * webhooks, Stripe.js Payment Element). For development and tests only, never production.
 */
export { createStripeLocalServer, DEFAULT_API_VERSION, type StripeLocalOptions, type StripeLocalServer } from "./server"
export { Control, type ForgedSignature, type OutcomeName } from "./control"
export { NAMED_OUTCOMES } from "./cards"
export { encodeForm, parseForm } from "./form"
export type { Delivery, SignatureVariant } from "./webhooks"
export type { Charge, Customer, PaymentIntent, PaymentMethod, Refund, SetupIntent, StripeEvent } from "./objects"
