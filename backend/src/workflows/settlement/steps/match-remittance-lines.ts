import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderProgress } from "../../../domain/orders/order-progress"
import { vendorPayment, VENDOR_ORDER_SUMMARY_FIELDS, type VendorOrderEntity } from "../../../domain/orders/vendor-order"
import { normalizeTrackingNumber, type RemittanceRow } from "../../../domain/settlement/remittance-csv"
import { matchRemittanceRows, type MatchedRemittanceRow, type RemittanceOrder } from "../../../domain/settlement/remittance-match"
import { queryRows, type Query } from "../../../utils/query-rows"

type TrackedEvent = { order_id: string; tracking_number: string | null }
type LabelledFulfillment = {
  canceled_at?: string | Date | null
  shipped_at?: string | Date | null
  labels?: Array<{ tracking_number?: string | null } | null> | null
  order?: { id: string } | null
}

/**
 * The orders each tracking number points to: the tracking a cooperative gave when shipping (its
 * `shipped` progress event) and the labels of live fulfillments (a shipment made in the Medusa
 * Admin has only those). Stored numbers may differ in case or spacing; both sides are normalized.
 */
async function orderIdsByTracking(query: Query, trackingNumbers: string[]): Promise<Map<string, Set<string>>> {
  const byTracking = new Map<string, Set<string>>()
  if (!trackingNumbers.length) {
    return byTracking
  }
  const candidates = [...new Set(trackingNumbers.flatMap((number) => [number, number.toLowerCase()]))]
  const add = (tracking: string | null | undefined, orderId: string | undefined) => {
    if (!tracking || !orderId) {
      return
    }
    const key = normalizeTrackingNumber(tracking)
    byTracking.set(key, (byTracking.get(key) ?? new Set()).add(orderId))
  }
  const { rows: events } = await queryRows<TrackedEvent>(query, {
    entity: "order_progress_event",
    fields: ["order_id", "tracking_number"],
    filters: { event: "shipped", tracking_number: candidates },
  })
  for (const event of events) {
    add(event.tracking_number, event.order_id)
  }
  const { rows: fulfillments } = await queryRows<LabelledFulfillment>(query, {
    entity: "fulfillment",
    fields: ["id", "canceled_at", "shipped_at", "labels.tracking_number", "order.id"],
    filters: { labels: { tracking_number: candidates } },
  })
  for (const fulfillment of fulfillments) {
    if (fulfillment.canceled_at || !fulfillment.shipped_at) {
      continue
    }
    for (const label of fulfillment.labels ?? []) {
      add(label?.tracking_number, fulfillment.order?.id)
    }
  }
  return byTracking
}

/**
 * Finds the order of each line of a carrier's statement and decides what to do with it (see
 * matchRemittanceRows): capture (`matched`) or flag. Reading only: nothing to undo.
 */
export const matchRemittanceLinesStep = createStep("match-remittance-lines", async (rows: RemittanceRow[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const trackingNumbers = [...new Set(rows.flatMap((row) => (row.tracking_number && !row.error ? [row.tracking_number] : [])))]
  const idsByTracking = await orderIdsByTracking(query, trackingNumbers)
  const orderIds = [...new Set([...idsByTracking.values()].flatMap((ids) => [...ids]))]
  const { rows: found } = orderIds.length
    ? await queryRows<VendorOrderEntity>(query, { entity: "order", fields: [...VENDOR_ORDER_SUMMARY_FIELDS, "status"], filters: { id: orderIds } })
    : { rows: [] }
  const orders = new Map(
    found.map((order): [string, RemittanceOrder] => [
      order.id,
      {
        order_id: order.id,
        display_id: order.display_id,
        cooperative_id: order.cooperative?.id ?? null,
        progress_status: orderProgress(order).status,
        payment: vendorPayment(order),
      },
    ])
  )
  const ordersByTracking = new Map(
    [...idsByTracking].map(([tracking, ids]) => [tracking, [...ids].flatMap((id) => (orders.has(id) ? [orders.get(id) as RemittanceOrder] : []))])
  )
  return new StepResponse<MatchedRemittanceRow[]>(matchRemittanceRows(rows, ordersByTracking))
})
