/**
 * Tadamon's own events about a cooperative's order (data: `{ id: <order id> }`), emitted once the
 * step's workflow has succeeded. The customer's emails listen to the steps; the settlement ledger
 * listens to SETTLED only (which Medusa's delivery.created and payment.captured lead to).
 */
export const VendorOrderEvents = {
  ACCEPTED: "tadamon.order.accepted",
  PREPARED: "tadamon.order.prepared",
  SHIPPED: "tadamon.order.shipped",
  DELIVERED: "tadamon.order.delivered",
  /** The cash confirmed by whoever holds it: the cooperative (its own delivery) or organizers (Amana's remittance, the store's till). */
  CASH_COLLECTED: "tadamon.order.cash_collected",
  /** A cooperative declared collected the cash that Amana or the solidarity store holds: a claim for organizers, not a capture. */
  CASH_CLAIMED: "tadamon.order.cash_claimed",
  CANCELLED: "tadamon.order.cancelled",
  /** Delivered and paid (cash confirmed or card captured): the sale goes to the cooperative's ledger. */
  SETTLED: "tadamon.order.settled",
} as const

export type VendorOrderEventData = { id: string }
