import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderLedgerWorkflow } from "../workflows/settlement/record-order-ledger"
import { VendorOrderEvents, type VendorOrderEventData } from "../workflows/vendor-order/events"

/** A delivered and paid order: its sale and commission go to the cooperative's ledger (once). */
export default async function orderSettledHandler({ event, container }: SubscriberArgs<VendorOrderEventData>) {
  await recordOrderLedgerWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: VendorOrderEvents.SETTLED,
}
