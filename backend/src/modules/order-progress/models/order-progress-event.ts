import { model } from "@medusajs/framework/utils"

/**
 * One step a cooperative's order went through, as Tadamon records it next to Medusa's own
 * records (fulfillment, shipment, delivery, cancellation, payment capture): who did it, when, and
 * what Medusa has no field for (acceptance, the carrier's name, the reason of a cancellation).
 *
 * Append-only. The unique (order_id, event) index makes each step happen once, whatever the
 * concurrency: two members accepting the same order at once get one acceptance and one 409.
 */
const OrderProgressEvent = model
  .define("order_progress_event", {
    id: model.id({ prefix: "opev" }).primaryKey(),
    order_id: model.text(),
    cooperative_id: model.text().index(),
    event: model.enum(["accepted", "prepared", "shipped", "delivered", "cash_collected", "cancelled"]),
    /** member (the cooperative's portal), user (an organizer), system. */
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    tracking_url: model.text().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "event"], unique: true }])

export default OrderProgressEvent
