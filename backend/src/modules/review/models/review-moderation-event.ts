import { model } from "@medusajs/framework/utils"
import { REVIEW_MODERATION_ACTIONS } from "@tadamon/shared"
import Review from "./review"

/**
 * One decision of the organizers about a review (who, when, what, why), as the cooperative
 * module's `moderation_event` records theirs about cooperatives, documents and products. Written by
 * a step of the workflow that takes the decision, so it exists exactly when the decision does.
 */
const ReviewModerationEvent = model
  .define("review_moderation_event", {
    id: model.id({ prefix: "revmod" }).primaryKey(),
    action: model.enum([...REVIEW_MODERATION_ACTIONS]),
    /** The organizer (admin user id) and their email at the time. */
    actor_id: model.text().nullable(),
    actor_email: model.text().nullable(),
    reason: model.text().nullable(),
    review: model.belongsTo(() => Review, { mappedBy: "moderation_events" }),
  })
  .indexes([{ on: ["review_id", "created_at"] }])

export default ReviewModerationEvent
