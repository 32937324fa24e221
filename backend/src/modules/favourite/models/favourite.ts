import { model } from "@medusajs/framework/utils"

/**
 * A product a customer saved or a cooperative they follow. Ids only: what is shown is read from
 * the product and cooperative modules at display time, so a product hidden since stays saved and
 * reappears when it is back on sale. The unique (customer_id, kind, target_id) index makes saving
 * idempotent, whatever the concurrency.
 */
const Favourite = model
  .define("favourite", {
    id: model.id({ prefix: "fav" }).primaryKey(),
    customer_id: model.text(),
    kind: model.enum(["product", "cooperative"]),
    target_id: model.text(),
  })
  .indexes([{ on: ["customer_id", "kind", "target_id"], unique: true }, { on: ["kind", "target_id"] }])

export default Favourite
