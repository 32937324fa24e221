import { MedusaError } from "@medusajs/framework/utils"
import {
  acquireLockStepId,
  authorizePaymentSessionStepId,
  confirmVariantInventoryWorkflowId,
  reserveInventoryStepId,
  validateCartPaymentsStepId,
} from "@medusajs/medusa/core-flows"
import { readLocalizedFieldError } from "../../utils/localized-field-error"

/** One failure of a workflow run (`run({ throwOnError: false })`): the step that failed and what it threw. */
export type StepFailure = { action: string; handlerType?: string; error: unknown }

/** Medusa's error types for a card payment that did not go through (declined; needs the customer's confirmation). */
const PAYMENT_ERROR_TYPES: unknown[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/** What a failed completion means for the customer. */
export type CheckoutFailure =
  /** A rule named the fields that were wrong (a line, the cart's prices, a missing shipping method). */
  | { kind: "field_problems"; error: unknown }
  /** A line's stock ran out (another buyer got the last units). */
  | { kind: "out_of_stock" }
  /** The card payment was declined or needs the customer's confirmation. */
  | { kind: "payment_declined"; type: string }
  /** The cart has no payment session to complete with. */
  | { kind: "payment_required" }
  /** Another completion of the same cart held its lock too long. */
  | { kind: "busy" }
  /** Anything else: a fault of the server, answered as such. */
  | { kind: "unexpected"; error: unknown }

/** Medusa's own completion steps whose failure is the customer's to fix, by step id, never by message. */
const STEP_FAILURES: Record<string, (error: unknown) => CheckoutFailure> = {
  [acquireLockStepId]: () => ({ kind: "busy" }),
  [validateCartPaymentsStepId]: () => ({ kind: "payment_required" }),
  [`${confirmVariantInventoryWorkflowId}-as-step`]: () => ({ kind: "out_of_stock" }),
  [reserveInventoryStepId]: () => ({ kind: "out_of_stock" }),
  [authorizePaymentSessionStepId]: (error) => {
    const type = (error as { type?: unknown } | null)?.type
    if (typeof type === "string" && PAYMENT_ERROR_TYPES.includes(type)) {
      return { kind: "payment_declined", type }
    }
    // The payment module's own refusal (the provider did not authorize the session: declined, or
    // waiting for 3-D Secure) reaches the step as not_allowed; Medusa's completion calls it an
    // authorization error.
    return type === MedusaError.Types.NOT_ALLOWED
      ? { kind: "payment_declined", type: MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR }
      : { kind: "unexpected", error }
  },
}

/**
 * Reads a failed completion by the step that failed (the first that failed going forward; later
 * entries are compensations): Tadamon's own rules throw field problems the API answers in the
 * request's language, and a failure of one of Medusa's own steps is known by the step's id.
 */
export function checkoutFailureOf(failures: StepFailure[]): CheckoutFailure {
  const first = failures.find((failure) => failure.handlerType !== "compensate") ?? failures[0]
  if (!first) {
    return { kind: "unexpected", error: new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The completion failed without an error") }
  }
  if (readLocalizedFieldError(first.error)) {
    return { kind: "field_problems", error: first.error }
  }
  return STEP_FAILURES[first.action]?.(first.error) ?? { kind: "unexpected", error: first.error }
}
