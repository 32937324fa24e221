/**
 * Consent to marketing emails (law 09-08): separate from the terms, never assumed. The customer
 * gives or withdraws it; the server records the choice and when it was made.
 */

export const MARKETING_CONSENT_KEY = "marketing_consent"

export type MarketingConsent = { granted: boolean; at: string }

export type ConsentUpdate =
  | { kind: "untouched" }
  | { kind: "recorded"; consent: MarketingConsent }
  | { kind: "refused"; field: string }

/** A customer's metadata as a client sends it: `marketing_consent: { granted: true|false }`, dated here. */
export function consentUpdate(metadata: unknown, now: Date): ConsentUpdate {
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata) || !(MARKETING_CONSENT_KEY in metadata)) {
    return { kind: "untouched" }
  }
  const value = (metadata as Record<string, unknown>)[MARKETING_CONSENT_KEY]
  if (!value || typeof value !== "object" || Array.isArray(value) || typeof (value as { granted?: unknown }).granted !== "boolean") {
    return { kind: "refused", field: `metadata.${MARKETING_CONSENT_KEY}.granted` }
  }
  return { kind: "recorded", consent: { granted: (value as { granted: boolean }).granted, at: now.toISOString() } }
}

/** Whether the customer agreed to marketing emails: only an explicit, recorded yes counts. */
export function hasMarketingConsent(metadata: Record<string, unknown> | null | undefined): boolean {
  const consent = metadata?.[MARKETING_CONSENT_KEY]
  return !!consent && typeof consent === "object" && (consent as { granted?: unknown }).granted === true
}
