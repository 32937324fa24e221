import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { detectOrderSettledWorkflow } from "../workflows/settlement/detect-order-settled"

/**
 * After any delivery or capture, from the cooperative portal or the Medusa Admin: is the order now
 * delivered and paid? (`delivery.created` carries the fulfillment's id, `payment.captured` the payment's.)
 */
export default async function orderSettlementHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = event.name === PaymentEvents.CAPTURED ? { payment_id: event.data.id } : { fulfillment_id: event.data.id }
  await detectOrderSettledWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [FulfillmentWorkflowEvents.DELIVERY_CREATED, PaymentEvents.CAPTURED],
}
