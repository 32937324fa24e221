import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { VENDOR_ORDER_FILTERS, type VendorOrder, type VendorOrderFilter, type VendorOrderListResponse } from "@tadamon/shared"
import { orderProgress } from "../../../domain/orders/order-progress"
import {
  matchesFilter,
  toVendorOrder,
  toVendorOrderSummary,
  VENDOR_ORDER_FIELDS,
  VENDOR_ORDER_SUMMARY_FIELDS,
  type VendorOrderEntity,
} from "../../../domain/orders/vendor-order"
import { queryRows } from "../../../utils/query-rows"

type Scope = Pick<MedusaContainer, "resolve">

/** One order of the cooperative, in full; another cooperative's order is "not found". */
export async function retrieveVendorOrder(scope: Scope, cooperativeId: string, orderId: string): Promise<VendorOrder> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    rows: [order],
  } = await queryRows<VendorOrderEntity>(query, { entity: "order", fields: VENDOR_ORDER_FIELDS, filters: { id: orderId } })
  if (!order || order.cooperative?.id !== cooperativeId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  return toVendorOrder(order, await actorNames(scope, order))
}

/** The names of the members who took the order's steps, for its history. */
async function actorNames(scope: Scope, order: VendorOrderEntity): Promise<Map<string, string>> {
  const ids = [
    ...new Set((order.order_progress_events ?? []).flatMap((event) => (event?.actor_type === "member" && event.actor_id ? [event.actor_id] : []))),
  ]
  if (!ids.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({ entity: "cooperative_member", fields: ["id", "first_name", "last_name"], filters: { id: ids } })
  return new Map(members.map((member) => [member.id, [member.first_name, member.last_name].filter(Boolean).join(" ")]))
}

export type ListVendorOrdersParams = { status?: VendorOrderFilter; q?: string; limit: number; offset: number }

/**
 * The cooperative's orders, newest first. The filters are on each order's progress, which spans
 * Medusa's order and fulfillment records and Tadamon's events (three modules): the cooperative's
 * orders are read with the few fields the list shows and filtered here, which also gives every
 * tab's count in the same read.
 */
export async function listVendorOrders(scope: Scope, cooperativeId: string, params: ListVendorOrdersParams): Promise<VendorOrderListResponse> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    rows: [cooperative],
  } = await queryRows<{ orders?: Array<VendorOrderEntity | null> }>(query, {
    entity: "cooperative",
    fields: ["id", ...VENDOR_ORDER_SUMMARY_FIELDS.map((field) => `orders.${field}`)],
    filters: { id: cooperativeId },
  })
  const orders = (cooperative?.orders ?? []).flatMap((order) => (order ? [order] : []))
  const rows = orders.map((order) => {
    const progress = orderProgress(order)
    return { progress, summary: toVendorOrderSummary(order, progress) }
  })
  const counts = Object.fromEntries(
    VENDOR_ORDER_FILTERS.map((filter) => [filter, rows.filter((row) => matchesFilter(row.progress, filter)).length])
  ) as Record<VendorOrderFilter, number>

  // `q`: an order number ("12" or "#12"), else part of the group's reference or the customer's name.
  const needle = params.q?.trim().toLowerCase()
  const number = needle && /^#?\d+$/.test(needle) ? Number(needle.replace("#", "")) : null
  const selected = rows
    .filter((row) => !params.status || matchesFilter(row.progress, params.status))
    .filter(({ summary }) =>
      !needle
        ? true
        : number !== null
          ? summary.display_id === number
          : !!summary.order_group_reference?.toLowerCase().includes(needle) || summary.customer_name.toLowerCase().includes(needle)
    )
    .sort((a, b) => b.summary.created_at.localeCompare(a.summary.created_at) || b.summary.display_id - a.summary.display_id)

  return {
    orders: selected.slice(params.offset, params.offset + params.limit).map((row) => row.summary),
    count: selected.length,
    limit: params.limit,
    offset: params.offset,
    counts,
  }
}
