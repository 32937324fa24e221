import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { reopenOrderPreparationWorkflow } from "../workflows/vendor-order/reopen-order-preparation"

/**
 * A fulfillment cancelled outside the portal (an organizer, in Medusa's Admin): the cooperative can
 * prepare the order again. The portal's own cancellation cancels the order too, and is left alone.
 */
export default async function orderFulfillmentCanceledHandler({ event, container }: SubscriberArgs<{ order_id: string }>) {
  await reopenOrderPreparationWorkflow(container).run({ input: { order_id: event.data.order_id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CANCELED,
  context: { subscriberId: "tadamon-reopen-order-preparation" },
}
