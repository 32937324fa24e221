import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminModerationEventListResponse } from "@tadamon/shared"
import type { AdminGetModerationEventsType } from "../../validators"

/** The cooperative's moderation log (who, when, what, why), newest first; 404 for an unknown cooperative. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetModerationEventsType>,
  res: MedusaResponse<AdminModerationEventListResponse>
) => {
  const { limit = 50, offset = 0 } = req.validatedQuery as AdminGetModerationEventsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({ entity: "cooperative", fields: ["id"], filters: { id: req.params.id } })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.id} was not found`)
  }
  const { data, metadata } = await query.graph({
    entity: "moderation_event",
    fields: ["id", "cooperative_id", "action", "target_type", "target_id", "actor_id", "actor_email", "reason", "details", "created_at"],
    filters: { cooperative_id: cooperative.id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    events: data.map((event) => ({
      id: event.id,
      cooperative_id: event.cooperative_id,
      action: event.action,
      target_type: event.target_type,
      target_id: event.target_id,
      actor_id: event.actor_id ?? null,
      actor_email: event.actor_email ?? null,
      reason: event.reason ?? null,
      details: (event.details as Record<string, unknown> | null) ?? null,
      created_at: new Date(event.created_at).toISOString(),
    })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
