import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { OrderStatusEmailKind } from "../emails/order-status"
import { sendOrderStatusEmailWorkflow } from "../workflows/notification/send-order-status-email"
import { VendorOrderEvents, type VendorOrderEventData } from "../workflows/vendor-order/events"

const KIND_OF_EVENT: Record<string, OrderStatusEmailKind> = {
  [VendorOrderEvents.ACCEPTED]: "accepted",
  [VendorOrderEvents.SHIPPED]: "shipped",
  [VendorOrderEvents.DELIVERED]: "delivered",
  [VendorOrderEvents.CANCELLED]: "cancelled",
}

/** The customer hears of each step a cooperative takes with its order, in the group's language. */
export default async function orderStatusEmailHandler({ event, container }: SubscriberArgs<VendorOrderEventData>) {
  await sendOrderStatusEmailWorkflow(container).run({ input: { order_id: event.data.id, kind: KIND_OF_EVENT[event.name] } })
}

export const config: SubscriberConfig = {
  event: Object.keys(KIND_OF_EVENT),
}
