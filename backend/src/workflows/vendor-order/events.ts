/**
 * Tadamon's own events about a cooperative's order (data: `{ id: <order id> }`), emitted once the
 * step's workflow has succeeded. Emails to the customer and the settlement ledger listen to them.
 */
export const VendorOrderEvents = {
  ACCEPTED: "tadamon.order.accepted",
  PREPARED: "tadamon.order.prepared",
  SHIPPED: "tadamon.order.shipped",
  DELIVERED: "tadamon.order.delivered",
  CASH_COLLECTED: "tadamon.order.cash_collected",
  CANCELLED: "tadamon.order.cancelled",
  /** Delivered and paid (cash collected or card captured): the sale goes to the cooperative's ledger. */
  SETTLED: "tadamon.order.settled",
} as const

export type VendorOrderEventData = { id: string }
