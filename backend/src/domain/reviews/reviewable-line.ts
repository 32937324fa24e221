import type { ValidationCode } from "@tadamon/shared"
import { orderProgress, type ProgressOrder } from "../orders/order-progress"

/** The order fields `reviewableLine` reads (with the progress fields of `ORDER_PROGRESS_FIELDS`). */
export const REVIEWABLE_ORDER_FIELDS = ["id", "customer_id", "items.id", "items.product_id", "items.title", "cooperative.id"]

export type ReviewableOrder = ProgressOrder & {
  id: string
  customer_id?: string | null
  items?: Array<{ id: string; product_id?: string | null; title?: string | null } | null> | null
  cooperative?: { id: string } | null
}

export type ReviewableLine = { product_id: string; cooperative_id: string }

/**
 * Whether `customerId` may review line `lineItemId` of `order`: the order must be theirs (a guest
 * order, or another customer's, is "no such line" so nothing tells it exists), the line a product
 * of a cooperative, and the cooperative's order delivered (its progress, as the portal shows it).
 * One review per line is the unique index's rule, checked before writing as well.
 */
export function reviewableLine(
  order: ReviewableOrder | null | undefined,
  lineItemId: string,
  customerId: string
): { line: ReviewableLine } | { problem: { field: "line_item_id"; code: ValidationCode; status: "not_found" | "invalid" } } {
  const item = order?.customer_id && order.customer_id === customerId ? order.items?.find((candidate) => candidate?.id === lineItemId) : null
  if (!order || !item?.product_id || !order.cooperative?.id) {
    return { problem: { field: "line_item_id", code: "unknown_order_line", status: "not_found" } }
  }
  if (orderProgress(order).status !== "delivered") {
    return { problem: { field: "line_item_id", code: "review_not_delivered", status: "invalid" } }
  }
  return { line: { product_id: item.product_id, cooperative_id: order.cooperative.id } }
}
