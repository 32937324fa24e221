import { model } from "@medusajs/framework/utils"

/**
 * The weekly digest of a customer's followed cooperatives: when it was last sent (at most one a
 * week) and whether they unsubscribed (through the email's link, without signing in).
 */
const FavouriteDigest = model.define("favourite_digest", {
  id: model.id({ prefix: "fdig" }).primaryKey(),
  customer_id: model.text().unique(),
  last_sent_at: model.dateTime().nullable(),
  unsubscribed_at: model.dateTime().nullable(),
})

export default FavouriteDigest
