import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorOrderEvents } from "../vendor-order/events"
import { loadOrderSettlementStep } from "./steps/load-order-settlement"
import { resolveOrderStep, type ResolveOrderInput } from "./steps/resolve-order"

/**
 * After a delivery or a capture (Medusa's `delivery.created`, `payment.captured`), from the portal
 * or from the Medusa Admin: when the order is now delivered and paid and its sale is not in the
 * ledger yet, emits `tadamon.order.settled`.
 */
export const detectOrderSettledWorkflow = createWorkflow("detect-order-settled", (input: ResolveOrderInput) => {
  const orderId = resolveOrderStep(input)
  const order = loadOrderSettlementStep(transform({ orderId }, ({ orderId }) => ({ order_id: orderId })))
  const settledOrderId = transform({ order }, ({ order }) => (order?.settled && !order.sale_recorded ? order.order_id : null))
  when("order-newly-settled", { settledOrderId }, ({ settledOrderId }) => !!settledOrderId).then(() => {
    emitEventStep({ eventName: VendorOrderEvents.SETTLED, data: transform({ settledOrderId }, ({ settledOrderId }) => ({ id: settledOrderId as string })) })
  })
  return new WorkflowResponse(settledOrderId)
})
