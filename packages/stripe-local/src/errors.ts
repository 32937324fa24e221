/** Stripe's error envelope: `{ error: { type, code, message, decline_code?, param?, payment_intent? } }`. */

export type StripeErrorType =
  | "api_error"
  | "card_error"
  | "idempotency_error"
  | "invalid_request_error"
  | "authentication_error"

export interface StripeErrorBody {
  type: StripeErrorType
  message: string
  code?: string
  decline_code?: string
  param?: string
  doc_url?: string
  charge?: string
  payment_intent?: unknown
  payment_method?: unknown
  setup_intent?: unknown
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody
  ) {
    super(body.message)
  }
}

function docUrl(code: string | undefined): string | undefined {
  return code ? `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}` : undefined
}

export function invalidRequest(message: string, options: { param?: string; code?: string } = {}): StripeApiError {
  return new StripeApiError(400, {
    type: "invalid_request_error",
    message,
    code: options.code,
    param: options.param,
    doc_url: docUrl(options.code),
  })
}

export function missingParam(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, { param, code: "parameter_missing" })
}

export function notFound(resource: string, id: string, param = "id"): StripeApiError {
  return new StripeApiError(404, {
    type: "invalid_request_error",
    message: `No such ${resource}: '${id}'`,
    code: "resource_missing",
    param,
    doc_url: docUrl("resource_missing"),
  })
}

export function unexpectedState(message: string, paymentIntent?: unknown): StripeApiError {
  return new StripeApiError(400, {
    type: "invalid_request_error",
    message,
    code: "payment_intent_unexpected_state",
    doc_url: docUrl("payment_intent_unexpected_state"),
    payment_intent: paymentIntent,
  })
}

export function authenticationError(message: string): StripeApiError {
  return new StripeApiError(401, { type: "invalid_request_error", message })
}
