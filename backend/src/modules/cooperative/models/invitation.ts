import { model } from "@medusajs/framework/utils"
import Cooperative from "./cooperative"

/**
 * An owner's invitation for someone to join the cooperative as a member. Only the SHA-256 of the
 * emailed token is stored; the invitation is good once, for 7 days (`expires_at`).
 */
const CooperativeInvitation = model
  .define("cooperative_invitation", {
    id: model.id({ prefix: "cinv" }).primaryKey(),
    email: model.text(),
    token_hash: model.text().unique(),
    role: model.enum(["member"]).default("member"),
    status: model.enum(["pending", "accepted", "revoked"]).default("pending"),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** The member who sent it. */
    invited_by: model.text().nullable(),
    /** The member it created. */
    member_id: model.text().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "invitations" }),
  })
  .indexes([{ on: ["cooperative_id", "email", "status"] }])

export default CooperativeInvitation
