import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModerationAction, ModerationTargetType } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type RecordModerationEventInput = {
  cooperative_id: string
  action: ModerationAction
  target_type: ModerationTargetType
  target_id: string
  /** The organizer (admin user id); null when the system acted. */
  actor_id: string | null
  reason?: string | null
  details?: Record<string, unknown> | null
}

/**
 * Writes the moderation log's entry for the decision the workflow takes (the organizer's email
 * read from the User Module now, so the log keeps it if the account goes). Compensation deletes
 * it: the log holds an entry exactly when the decision stands.
 */
export const recordModerationEventStep = createStep(
  "record-moderation-event",
  async (input: RecordModerationEventInput, { container }) => {
    let actorEmail: string | null = null
    if (input.actor_id) {
      const [user] = await container.resolve(Modules.USER).listUsers({ id: input.actor_id }, { select: ["id", "email"] })
      actorEmail = user?.email ?? null
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const event = await service.createModerationEvents({
      cooperative_id: input.cooperative_id,
      action: input.action,
      target_type: input.target_type,
      target_id: input.target_id,
      actor_id: input.actor_id,
      actor_email: actorEmail,
      reason: input.reason?.trim() || null,
      details: input.details ?? null,
    })
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteModerationEvents(id)
  }
)

/** Several system entries at once (the daily expiry job); compensation deletes them. */
export const recordModerationEventsStep = createStep(
  "record-moderation-events",
  async (inputs: RecordModerationEventInput[], { container }) => {
    if (!inputs.length) {
      return new StepResponse([], [] as string[])
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const events = await service.createModerationEvents(
      inputs.map((input) => ({
        cooperative_id: input.cooperative_id,
        action: input.action,
        target_type: input.target_type,
        target_id: input.target_id,
        actor_id: null,
        actor_email: null,
        reason: input.reason?.trim() || null,
        details: input.details ?? null,
      }))
    )
    return new StepResponse(
      events,
      events.map((event) => event.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteModerationEvents(ids)
  }
)
