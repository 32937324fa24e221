import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attributionClaim, decideAttribution, type EditionFacts } from "../../../domain/orders/attribution"
import { queryRows } from "../../../utils/query-rows"

export type { ResolvedAttribution } from "../../../domain/orders/attribution"

type EditionRecord = {
  id: string
  starts_on: string
  ends_on: string
  participants?: Array<{ cooperative_id: string; cooperative?: { handle?: string | null; status?: string | null } | null } | null> | null
}

/**
 * Which market edition and door (stand QR, edition page) the order is credited to: the cart's claim
 * (`metadata.tadamon_attribution`, written by the storefront from a cookie) checked against the
 * edition, its dates and its stands, and the cooperatives whose goods the cart holds (see
 * utils/attribution.ts). Whatever the cart claims, this never stops an order. Read-only.
 */
export const resolveAttributionStep = createStep(
  "resolve-attribution",
  async (input: { metadata?: Record<string, unknown> | null; cooperative_ids: string[] }, { container }) => {
    const claim = attributionClaim(input.metadata)
    let edition: EditionFacts | null = null
    if (claim) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        rows: [record],
      } = await queryRows<EditionRecord>(query, {
        entity: "edition",
        fields: ["id", "starts_on", "ends_on", "participants.cooperative_id", "participants.cooperative.handle", "participants.cooperative.status"],
        filters: { handle: claim.edition },
      })
      edition = record
        ? {
            id: record.id,
            starts_on: record.starts_on,
            ends_on: record.ends_on,
            participants: (record.participants ?? []).flatMap((participant) =>
              participant
                ? [
                    {
                      cooperative_id: participant.cooperative_id,
                      cooperative_handle: participant.cooperative?.handle ?? null,
                      cooperative_status: participant.cooperative?.status ?? null,
                    },
                  ]
                : []
            ),
          }
        : null
    }
    return new StepResponse(decideAttribution(claim, edition, input.cooperative_ids))
  }
)
