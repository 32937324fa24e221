import { model } from "@medusajs/framework/utils"

/**
 * One step a cooperative's order went through, as Tadamon records it next to Medusa's own
 * records (fulfillment, shipment, delivery, cancellation, payment capture): who did it, when, and
 * what Medusa has no field for (acceptance, the carrier's name, the reason of a cancellation).
 *
 * `cash_claimed`: a cooperative declared the cash of an order collected while someone else holds
 * it (Amana, the solidarity store): a claim shown to organizers, never a capture. `cash_collected`:
 * the cash confirmed by whoever holds it (the capture).
 *
 * Append-only, with one exception: a `prepared` step whose fulfillment an organizer cancelled in
 * Medusa's Admin is withdrawn (soft-deleted, so the record stays) and the order can be prepared
 * again. The unique (order_id, event) index, over live rows, makes each step happen once, whatever
 * the concurrency: two members accepting the same order at once get one acceptance and one 409.
 */
const OrderProgressEvent = model
  .define("order_progress_event", {
    id: model.id({ prefix: "opev" }).primaryKey(),
    order_id: model.text(),
    cooperative_id: model.text().index(),
    event: model.enum(["accepted", "prepared", "shipped", "delivered", "cash_claimed", "cash_collected", "cancelled"]),
    /** member (the cooperative's portal), user (an organizer), system. */
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    tracking_url: model.text().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "event"], unique: true }, { on: ["tracking_number"] }])

export default OrderProgressEvent
