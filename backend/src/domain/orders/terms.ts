import { TERMS_METADATA_KEY, TERMS_VERSION, acceptsCurrentTerms, type TermsAcceptance, type ValidationCode } from "@tadamon/shared"

/** What a customer's acceptance of the terms of sale turns into, or the problem with it. */
export type AcceptanceUpdate =
  /** Not part of the update: the cart keeps what it holds. */
  | { kind: "untouched" }
  /** `""`: the acceptance is withdrawn (Medusa's metadata merge deletes the key). */
  | { kind: "withdrawn" }
  /** The terms in force, accepted now: what the server records, whatever time the client sent. */
  | { kind: "accepted"; acceptance: TermsAcceptance }
  | { kind: "refused"; field: string; code: ValidationCode }

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value)
}

/**
 * A cart's metadata as a client sends it (`POST /store/carts`, `POST /store/carts/:id`): the customer
 * accepts the terms by naming the version they read. Only the version in force is accepted, and the
 * time is the server's: a client cannot date an acceptance, nor accept terms that are not in force.
 */
export function acceptanceUpdate(metadata: unknown, now: Date): AcceptanceUpdate {
  if (!isRecord(metadata) || !(TERMS_METADATA_KEY in metadata)) {
    return { kind: "untouched" }
  }
  const value = metadata[TERMS_METADATA_KEY]
  if (value === "") {
    return { kind: "withdrawn" }
  }
  const field = `metadata.${TERMS_METADATA_KEY}.version`
  if (!isRecord(value) || typeof value.version !== "string") {
    return { kind: "refused", field, code: "terms_not_accepted" }
  }
  if (value.version !== TERMS_VERSION) {
    return { kind: "refused", field, code: "terms_changed" }
  }
  return { kind: "accepted", acceptance: { version: TERMS_VERSION, accepted_at: now.toISOString() } }
}

/**
 * At completion: the cart holds the customer's acceptance of the terms in force. The problem to
 * answer when it does not (never accepted, or accepted before the terms changed); null when it does.
 */
export function termsProblem(metadata: Record<string, unknown> | null | undefined): { field: string; code: ValidationCode } | null {
  const acceptance = metadata?.[TERMS_METADATA_KEY]
  if (acceptsCurrentTerms(acceptance)) {
    return null
  }
  return { field: TERMS_METADATA_KEY, code: isRecord(acceptance) ? "terms_changed" : "terms_not_accepted" }
}

/** The acceptance each order of the cart carries (its metadata), so an order says which terms its customer accepted. */
export function acceptanceOf(metadata: Record<string, unknown> | null | undefined): TermsAcceptance | null {
  const acceptance = metadata?.[TERMS_METADATA_KEY]
  return acceptsCurrentTerms(acceptance) ? { version: acceptance.version, accepted_at: acceptance.accepted_at } : null
}
