import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_CHANNELS, ATTRIBUTION_METADATA_KEY, type AttributionChannel } from "@tadamon/shared"

export type ResolvedAttribution = {
  edition_id: string | null
  channel: AttributionChannel
  attributed_cooperative_id: string | null
}

export const NO_ATTRIBUTION: ResolvedAttribution = { edition_id: null, channel: "other", attributed_cooperative_id: null }

const HANDLE = /^[a-z0-9-]{1,100}$/
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

/**
 * What the cart says about where the visit came from (`cart.metadata.tadamon_attribution`, written
 * by the storefront from a stand's QR code or an edition's page), checked against the database:
 * an edition handle that resolves to no edition gives no attribution at all (channel `other`); a
 * channel we do not know becomes `other`; the stand's cooperative (handle or id) is kept only when
 * it exists. Whatever the cart holds, this never stops an order. Read-only: nothing to compensate.
 */
export const resolveAttributionStep = createStep(
  "resolve-attribution",
  async (input: { metadata?: Record<string, unknown> | null }, { container }) => {
    const raw = input.metadata?.[ATTRIBUTION_METADATA_KEY]
    const attribution = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null
    const handle = text(attribution?.edition)?.toLowerCase() ?? null
    if (!attribution || !handle || !HANDLE.test(handle)) {
      return new StepResponse(NO_ATTRIBUTION)
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [edition],
    } = await query.graph({ entity: "edition", fields: ["id"], filters: { handle } })
    if (!edition) {
      return new StepResponse(NO_ATTRIBUTION)
    }

    const channel = (ATTRIBUTION_CHANNELS as readonly unknown[]).includes(attribution.channel)
      ? (attribution.channel as AttributionChannel)
      : "other"
    const cooperativeRef = text(attribution.cooperative)
    let cooperativeId: string | null = null
    if (cooperativeRef && cooperativeRef.length <= 200) {
      const { data: cooperatives } = await query.graph({
        entity: "cooperative",
        fields: ["id"],
        filters: { $or: [{ id: cooperativeRef }, { handle: cooperativeRef }] },
      })
      cooperativeId = cooperatives[0]?.id ?? null
    }
    const resolved: ResolvedAttribution = { edition_id: edition.id as string, channel, attributed_cooperative_id: cooperativeId }
    return new StepResponse(resolved)
  }
)
