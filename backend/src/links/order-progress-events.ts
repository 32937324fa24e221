import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderProgressModule from "../modules/order-progress"

/**
 * Read-only: an order's progress events (`order.order_progress_events`), through the events'
 * own `order_id`; no link table to keep in step.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id", isList: true },
  { ...OrderProgressModule.linkable.orderProgressEvent.id, primaryKey: "order_id" },
  { readOnly: true }
)
