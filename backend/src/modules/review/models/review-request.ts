import { model } from "@medusajs/framework/utils"

/**
 * The review request email sent for a delivered order (a few days after delivery): recorded once
 * per order, so the scheduled job never sends it twice.
 */
const ReviewRequest = model
  .define("review_request", {
    id: model.id({ prefix: "revreq" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    locale: model.text().nullable(),
    sent_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id"], unique: true }])

export default ReviewRequest
