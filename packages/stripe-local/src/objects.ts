/**
 * The Stripe objects this double keeps, shaped like the API's JSON (the subset of fields that
 * the Medusa provider, Stripe.js and our storefront read, plus the usual nulls around them).
 */

export type Metadata = Record<string, string>

export interface Address {
  city: string | null
  country: string | null
  line1: string | null
  line2: string | null
  postal_code: string | null
  state: string | null
}

interface Base {
  id: string
  created: number
  livemode: false
  metadata: Metadata
}

export interface Customer extends Base {
  object: "customer"
  address: Address | null
  balance: number
  currency: string | null
  default_source: null
  delinquent: boolean
  description: string | null
  email: string | null
  invoice_settings: { default_payment_method: string | null; custom_fields: null; footer: null; rendering_options: null }
  name: string | null
  phone: string | null
  preferred_locales: string[]
  shipping: unknown
  tax_exempt: "none"
  test_clock: null
}

export interface CardDetails {
  brand: string
  display_brand: string
  country: string
  exp_month: number
  exp_year: number
  fingerprint: string
  funding: "credit" | "debit"
  last4: string
  networks: { available: string[]; preferred: null }
  three_d_secure_usage: { supported: boolean }
  checks: { address_line1_check: null; address_postal_code_check: null; cvc_check: "pass" | "unchecked" }
  wallet: null
}

export interface BillingDetails {
  address: Address
  email: string | null
  name: string | null
  phone: string | null
}

export interface PaymentMethod extends Base {
  object: "payment_method"
  type: "card"
  allow_redisplay: "unspecified"
  billing_details: BillingDetails
  card: CardDetails
  customer: string | null
}

export interface LastPaymentError {
  type: "card_error" | "invalid_request_error"
  code: string
  decline_code?: string
  message: string
  doc_url: string
  charge?: string
  payment_method?: PaymentMethod
}

export type NextAction =
  | { type: "use_stripe_sdk"; use_stripe_sdk: { type: "three_d_secure_redirect"; stripe_js: string; source: string } }
  | { type: "redirect_to_url"; redirect_to_url: { url: string; return_url: string } }

export type PaymentIntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "requires_capture"
  | "canceled"
  | "succeeded"

export interface PaymentIntent extends Base {
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_details: { tip: Record<string, never> }
  amount_received: number
  application: null
  application_fee_amount: null
  automatic_payment_methods: { enabled: boolean; allow_redirects?: string } | null
  canceled_at: number | null
  cancellation_reason: string | null
  capture_method: "automatic" | "automatic_async" | "manual"
  client_secret: string
  confirmation_method: "automatic" | "manual"
  currency: string
  customer: string | null
  description: string | null
  last_payment_error: LastPaymentError | null
  latest_charge: string | null
  next_action: NextAction | null
  on_behalf_of: null
  payment_method: string | null
  payment_method_configuration_details: null
  payment_method_options: Record<string, unknown>
  payment_method_types: string[]
  processing: null
  receipt_email: string | null
  review: null
  setup_future_usage: string | null
  shipping: unknown
  statement_descriptor: string | null
  statement_descriptor_suffix: string | null
  status: PaymentIntentStatus
  transfer_data: null
  transfer_group: string | null
}

export interface Refund extends Base {
  object: "refund"
  amount: number
  balance_transaction: string
  charge: string
  currency: string
  payment_intent: string
  reason: string | null
  receipt_number: null
  status: "succeeded"
}

export interface Charge extends Base {
  object: "charge"
  amount: number
  amount_captured: number
  amount_refunded: number
  balance_transaction: string | null
  billing_details: BillingDetails
  captured: boolean
  currency: string
  customer: string | null
  description: string | null
  disputed: false
  failure_code: string | null
  failure_message: string | null
  outcome: { network_status: string; reason: string | null; risk_level: "normal"; seller_message: string; type: string }
  paid: boolean
  payment_intent: string
  payment_method: string
  payment_method_details: { type: "card"; card: Pick<CardDetails, "brand" | "country" | "exp_month" | "exp_year" | "funding" | "last4"> & { network: string; three_d_secure: { result: string } | null } }
  receipt_url: null
  refunded: boolean
  refunds: List<Refund>
  status: "succeeded" | "failed" | "pending"
}

export type SetupIntentStatus = "requires_payment_method" | "requires_confirmation" | "requires_action" | "succeeded" | "canceled"

export interface SetupIntent extends Base {
  object: "setup_intent"
  cancellation_reason: string | null
  client_secret: string
  customer: string | null
  description: string | null
  last_setup_error: LastPaymentError | null
  next_action: NextAction | null
  payment_method: string | null
  payment_method_types: string[]
  status: SetupIntentStatus
  usage: string
}

export interface List<T> {
  object: "list"
  data: T[]
  has_more: boolean
  url: string
}

export interface StripeEvent {
  id: string
  object: "event"
  api_version: string
  created: number
  data: { object: unknown; previous_attributes?: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

export function emptyAddress(): Address {
  return { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }
}

export function list<T>(data: T[], url: string): List<T> {
  return { object: "list", data, has_more: false, url }
}

export function now(): number {
  return Math.floor(Date.now() / 1000)
}
