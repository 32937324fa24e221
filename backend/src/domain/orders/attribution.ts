import {
  ATTRIBUTION_CHANNELS,
  ATTRIBUTION_METADATA_KEY,
  withinAttributionWindow,
  type AttributionChannel,
} from "@tadamon/shared"

export type ResolvedAttribution = {
  edition_id: string | null
  channel: AttributionChannel
  attributed_cooperative_id: string | null
}

export const NO_ATTRIBUTION: ResolvedAttribution = { edition_id: null, channel: "other", attributed_cooperative_id: null }

const HANDLE = /^[a-z0-9-]{1,100}$/
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

/** What the cart claims (`cart.metadata.tadamon_attribution`, written by the storefront from a cookie). */
export type AttributionClaim = { edition: string; channel: AttributionChannel; cooperative: string | null }

/** Reads the claim from the cart's metadata; null when there is none worth checking. */
export function attributionClaim(metadata: Record<string, unknown> | null | undefined): AttributionClaim | null {
  const raw = metadata?.[ATTRIBUTION_METADATA_KEY]
  const claim = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null
  const edition = text(claim?.edition)?.toLowerCase() ?? null
  const channel = (ATTRIBUTION_CHANNELS as readonly unknown[]).includes(claim?.channel) ? (claim?.channel as AttributionChannel) : "other"
  if (!claim || !edition || !HANDLE.test(edition) || channel === "other") {
    return null
  }
  const cooperative = text(claim.cooperative)
  return { edition, channel, cooperative: cooperative && cooperative.length <= 200 ? cooperative : null }
}

/** What the database says about the claimed edition (null: no such edition). */
export type EditionFacts = {
  id: string
  starts_on: string
  ends_on: string
  participants: Array<{ cooperative_id: string; cooperative_handle: string | null; cooperative_status: string | null }>
}

/**
 * The server decides: an edition is credited only if it exists and the order falls in its
 * attribution window, and only for what the cart holds. A stand's code counts when the stand's
 * cooperative is approved, took part in that edition and has goods in this cart; an edition page
 * counts when at least one of the cart's cooperatives took part. Everything else is `other`.
 */
export function decideAttribution(
  claim: AttributionClaim | null,
  edition: EditionFacts | null,
  cartCooperativeIds: string[],
  at: Date = new Date()
): ResolvedAttribution {
  if (!claim || !edition || !withinAttributionWindow(edition, at)) {
    return NO_ATTRIBUTION
  }
  const inCart = new Set(cartCooperativeIds)
  const sellingHere = edition.participants.filter(
    (participant) => participant.cooperative_status === "approved" && inCart.has(participant.cooperative_id)
  )
  if (claim.channel === "stand_qr") {
    const stand = sellingHere.find(
      (participant) => participant.cooperative_id === claim.cooperative || participant.cooperative_handle === claim.cooperative
    )
    return stand ? { edition_id: edition.id, channel: "stand_qr", attributed_cooperative_id: stand.cooperative_id } : NO_ATTRIBUTION
  }
  return sellingHere.length ? { edition_id: edition.id, channel: claim.channel, attributed_cooperative_id: null } : NO_ATTRIBUTION
}
