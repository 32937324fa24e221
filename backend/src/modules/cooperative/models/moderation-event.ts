import { model } from "@medusajs/framework/utils"
import { MODERATION_ACTIONS, MODERATION_TARGET_TYPES } from "@tadamon/shared"
import Cooperative from "./cooperative"

/**
 * One decision of the organizers about a cooperative, its documents or its products (who, when,
 * what, why). Written by a step of the workflow that takes the decision, so it exists exactly when
 * the decision does. `actor_id` is null when the system acted (document expiry, auto-publish).
 */
const ModerationEvent = model
  .define("moderation_event", {
    id: model.id({ prefix: "modev" }).primaryKey(),
    action: model.enum([...MODERATION_ACTIONS]),
    target_type: model.enum([...MODERATION_TARGET_TYPES]),
    target_id: model.text(),
    /** The organizer (admin user id) and their email at the time. */
    actor_id: model.text().nullable(),
    actor_email: model.text().nullable(),
    reason: model.text().nullable(),
    details: model.json().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "moderation_events" }),
  })
  .indexes([{ on: ["cooperative_id", "created_at"] }, { on: ["target_id", "action"] }])

export default ModerationEvent
