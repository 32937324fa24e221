import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPaymentRefundWorkflow } from "../workflows/settlement/record-payment-refund"

/** A refund through Medusa (`POST /admin/payments/:id/refund`): the settled order's ledger records it. */
export default async function paymentRefundedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentRefundWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
}
