import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderGroupPlacedEmailWorkflow } from "../workflows/notification/send-order-group-placed-email"

/** The customer's confirmation email for a placed order group (one checkout, one order per cooperative). */
export default async function orderGroupPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderGroupPlacedEmailWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order_group.placed",
}
