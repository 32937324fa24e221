import { model } from "@medusajs/framework/utils"
import Cooperative from "./cooperative"

/**
 * A person who runs a cooperative's shop: the owner (who applied) or a member they invited.
 * Authenticated as the `member` actor type (auth identity app_metadata `member_id`), kept apart from
 * customers. A person belongs to one cooperative: the email is unique.
 */
const Member = model.define("cooperative_member", {
  id: model.id({ prefix: "cmem" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text(),
  last_name: model.text(),
  phone: model.text().nullable(),
  role: model.enum(["owner", "member"]).default("member"),
  locale: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "members" }),
})

export default Member
