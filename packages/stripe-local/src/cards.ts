import { createHash } from "node:crypto"
import { StripeApiError } from "./errors"
import type { CardDetails } from "./objects"

/**
 * Stripe's documented test cards and `pm_card_*` / `tok_*` aliases, and what confirming a
 * payment with each one does here.
 */

export type Decline = { code: string; decline_code?: string; message: string }

export type Outcome =
  | { kind: "succeed" }
  | { kind: "decline"; decline: Decline }
  | { kind: "authenticate"; then: Outcome }

const generic: Decline = { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." }
const insufficientFunds: Decline = {
  code: "card_declined",
  decline_code: "insufficient_funds",
  message: "Your card has insufficient funds.",
}

/** The outcomes that the control API accepts by name. */
export const NAMED_OUTCOMES: Record<string, Outcome> = {
  succeed: { kind: "succeed" },
  decline: { kind: "decline", decline: generic },
  insufficient_funds: { kind: "decline", decline: insufficientFunds },
  expired_card: { kind: "decline", decline: { code: "expired_card", message: "Your card has expired." } },
  incorrect_cvc: { kind: "decline", decline: { code: "incorrect_cvc", message: "Your card's security code is incorrect." } },
  authenticate: { kind: "authenticate", then: { kind: "succeed" } },
  authenticate_then_decline: { kind: "authenticate", then: { kind: "decline", decline: insufficientFunds } },
}

interface TestCard {
  number: string
  brand: string
  funding: "credit" | "debit"
  outcome: keyof typeof NAMED_OUTCOMES
  aliases: string[]
}

const TEST_CARDS: TestCard[] = [
  { number: "4242424242424242", brand: "visa", funding: "credit", outcome: "succeed", aliases: ["visa"] },
  { number: "4000056655665556", brand: "visa", funding: "debit", outcome: "succeed", aliases: ["visa_debit"] },
  { number: "5555555555554444", brand: "mastercard", funding: "credit", outcome: "succeed", aliases: ["mastercard"] },
  { number: "4000000000000002", brand: "visa", funding: "credit", outcome: "decline", aliases: ["chargeDeclined", "visa_chargeDeclined"] },
  {
    number: "4000000000009995",
    brand: "visa",
    funding: "credit",
    outcome: "insufficient_funds",
    aliases: ["chargeDeclinedInsufficientFunds", "visa_chargeDeclinedInsufficientFunds"],
  },
  { number: "4000000000000069", brand: "visa", funding: "credit", outcome: "expired_card", aliases: ["chargeDeclinedExpiredCard"] },
  { number: "4000000000000127", brand: "visa", funding: "credit", outcome: "incorrect_cvc", aliases: ["chargeDeclinedIncorrectCvc"] },
  {
    number: "4000002500003155",
    brand: "visa",
    funding: "credit",
    outcome: "authenticate",
    aliases: ["authenticationRequired", "authenticationRequiredOnSetup", "threeDSecure2Required"],
  },
  { number: "4000002760003184", brand: "visa", funding: "credit", outcome: "authenticate", aliases: ["authenticationRequiredAlways"] },
  {
    number: "4000008260003178",
    brand: "visa",
    funding: "credit",
    outcome: "authenticate_then_decline",
    aliases: ["authenticationRequiredChargeDeclinedInsufficientFunds"],
  },
]

export interface CardInput {
  number: string
  exp_month: number
  exp_year: number
  cvc?: string
}

/** Opaque per-number fingerprint, as Stripe gives one. */
function fingerprintOf(number: string): string {
  return createHash("sha256").update(number).digest("base64url").slice(0, 16)
}

export function luhnValid(number: string): boolean {
  let sum = 0
  for (let i = 0; i < number.length; i += 1) {
    let digit = Number(number[number.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) {
        digit -= 9
      }
    }
    sum += digit
  }
  return number.length >= 12 && sum % 10 === 0
}

function brandOf(number: string): string {
  if (number.startsWith("4")) return "visa"
  if (/^5[1-5]/.test(number) || /^2[2-7]/.test(number)) return "mastercard"
  if (/^3[47]/.test(number)) return "amex"
  return "unknown"
}

function cardError(code: string, message: string, param: string): StripeApiError {
  return new StripeApiError(402, { type: "card_error", code, message, param, doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}` })
}

/** Validates a raw card like Stripe's tokenizer does and describes it (no outcome yet). */
export function describeCard(input: CardInput): CardDetails {
  const number = input.number.replace(/[\s-]/g, "")
  if (!/^\d+$/.test(number) || !luhnValid(number)) {
    throw cardError("incorrect_number", "Your card number is incorrect.", "number")
  }
  if (!(input.exp_month >= 1 && input.exp_month <= 12)) {
    throw cardError("invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month")
  }
  const year = input.exp_year < 100 ? 2000 + input.exp_year : input.exp_year
  const today = new Date()
  if (year < today.getUTCFullYear() || (year === today.getUTCFullYear() && input.exp_month < today.getUTCMonth() + 1)) {
    throw cardError("invalid_expiry_year", "Your card's expiration year is invalid.", "exp_year")
  }
  if (input.cvc !== undefined && !/^\d{3,4}$/.test(input.cvc)) {
    throw cardError("invalid_cvc", "Your card's security code is invalid.", "cvc")
  }
  const known = TEST_CARDS.find((card) => card.number === number)
  const brand = known?.brand ?? brandOf(number)
  return {
    brand,
    display_brand: brand,
    country: "US",
    exp_month: input.exp_month,
    exp_year: year,
    fingerprint: fingerprintOf(number),
    funding: known?.funding ?? "credit",
    last4: number.slice(-4),
    networks: { available: [brand], preferred: null },
    three_d_secure_usage: { supported: true },
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: input.cvc ? "pass" : "unchecked" },
    wallet: null,
  }
}

/** `pm_card_visa`, `tok_chargeDeclined`, … → the test card number they stand for. */
export function cardNumberForAlias(alias: string): string | undefined {
  const name = alias.replace(/^(pm_card_|tok_)/, "")
  if (name === alias) {
    return undefined
  }
  return TEST_CARDS.find((card) => card.aliases.includes(name))?.number
}

/** What confirming with this card does. Unknown (but valid) numbers succeed, as in Stripe's test mode. */
export function outcomeForCard(card: Pick<CardDetails, "fingerprint">): Outcome {
  const known = TEST_CARDS.find((item) => fingerprintOf(item.number) === card.fingerprint)
  return NAMED_OUTCOMES[known?.outcome ?? "succeed"]
}

export function namedOutcome(name: string): Outcome | undefined {
  return NAMED_OUTCOMES[name]
}
