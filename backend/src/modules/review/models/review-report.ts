import { model } from "@medusajs/framework/utils"
import Review from "./review"

/**
 * One reporter's report of a review: the signed-in customer (`customer:<id>`) or, for a visitor,
 * their address (`address:<ip>`). Unique per review, so reporting twice counts once.
 */
const ReviewReport = model
  .define("review_report", {
    id: model.id({ prefix: "revrep" }).primaryKey(),
    reporter_key: model.text(),
    review: model.belongsTo(() => Review, { mappedBy: "reports" }),
  })
  .indexes([{ on: ["review_id", "reporter_key"], unique: true }])

export default ReviewReport
