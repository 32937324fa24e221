import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderGroupPlacedEmailWorkflow } from "../workflows/notification/send-order-group-placed-email"
import { ORDER_GROUP_PLACED } from "../workflows/order-group/complete-cart-with-cooperative-orders"

/** The customer's confirmation email for a placed order group (one checkout, one order per cooperative). */
export default async function orderGroupPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderGroupPlacedEmailWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ORDER_GROUP_PLACED,
}
