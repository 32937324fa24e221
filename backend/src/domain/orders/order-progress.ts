import type { OrderProgress, OrderProgressStatus, OrderTracking, VendorOrderHistoryEntry } from "@tadamon/shared"

/**
 * Where a cooperative's order stands, read from Medusa's own records (the order's cancellation,
 * its fulfillment's shipment and delivery) and Tadamon's progress events (acceptance, carrier,
 * reason, who did what). Medusa's records win where both exist, so a step an organizer took in
 * the Medusa Admin shows too.
 */

/** The order fields `orderProgress` reads, relative to the order. */
export const ORDER_PROGRESS_FIELDS = [
  "created_at",
  "status",
  "canceled_at",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "order_progress_events.id",
  "order_progress_events.event",
  "order_progress_events.created_at",
  "order_progress_events.actor_type",
  "order_progress_events.actor_id",
  "order_progress_events.carrier",
  "order_progress_events.tracking_number",
  "order_progress_events.tracking_url",
  "order_progress_events.reason",
]

type DateLike = string | Date | null | undefined

export type ProgressEventRecord = {
  id: string
  event: string
  created_at: DateLike
  actor_type?: string | null
  actor_id?: string | null
  carrier?: string | null
  tracking_number?: string | null
  tracking_url?: string | null
  reason?: string | null
}

export type ProgressOrder = {
  created_at: DateLike
  status: string
  canceled_at?: DateLike
  fulfillments?: Array<{
    id: string
    created_at?: DateLike
    shipped_at?: DateLike
    delivered_at?: DateLike
    canceled_at?: DateLike
    labels?: Array<{ tracking_number?: string | null; tracking_url?: string | null } | null> | null
  } | null> | null
  order_progress_events?: Array<ProgressEventRecord | null> | null
}

const iso = (value: DateLike): string | null => (value ? new Date(value).toISOString() : null)

export function progressEvents(order: ProgressOrder): ProgressEventRecord[] {
  return (order.order_progress_events ?? []).flatMap((event) => (event ? [event] : []))
}

/** The fulfillment that carries the order (Tadamon ships each order in one parcel), if not cancelled. */
export function liveFulfillment(order: Pick<ProgressOrder, "fulfillments">) {
  return (order.fulfillments ?? []).find((fulfillment) => fulfillment && !fulfillment.canceled_at) ?? null
}

export function orderProgress(order: ProgressOrder): OrderProgress {
  const events = progressEvents(order)
  const event = (name: string) => events.find((candidate) => candidate.event === name) ?? null
  const fulfillment = liveFulfillment(order)
  const cancelled = order.status === "canceled"

  const shipped = event("shipped")
  const label = fulfillment?.labels?.find(Boolean) ?? null
  const tracking: OrderTracking | null = shipped?.tracking_number
    ? { carrier: shipped.carrier ?? "", tracking_number: shipped.tracking_number, tracking_url: shipped.tracking_url ?? null }
    : label?.tracking_number
      ? { carrier: "", tracking_number: label.tracking_number, tracking_url: label.tracking_url ?? null }
      : null

  const progress: OrderProgress = {
    status: "placed",
    placed_at: iso(order.created_at) ?? new Date(0).toISOString(),
    accepted_at: iso(event("accepted")?.created_at),
    prepared_at: iso(event("prepared")?.created_at) ?? iso(fulfillment?.created_at),
    shipped_at: iso(fulfillment?.shipped_at) ?? iso(shipped?.created_at),
    delivered_at: iso(fulfillment?.delivered_at) ?? iso(event("delivered")?.created_at),
    cancelled_at: cancelled ? (iso(order.canceled_at) ?? iso(event("cancelled")?.created_at)) : null,
    tracking: cancelled ? null : tracking,
    cancel_reason: cancelled ? (event("cancelled")?.reason ?? null) : null,
  }
  progress.status = cancelled
    ? "cancelled"
    : progress.delivered_at
      ? "delivered"
      : progress.shipped_at
        ? "shipped"
        : progress.prepared_at
          ? "prepared"
          : progress.accepted_at
            ? "accepted"
            : "placed"
  return progress
}

/** The steps that must have happened, in order, before each later step. */
export const PROGRESS_ORDER: readonly OrderProgressStatus[] = ["placed", "accepted", "prepared", "shipped", "delivered"]

export function reached(progress: OrderProgress, step: OrderProgressStatus): boolean {
  if (progress.status === "cancelled") {
    return step === "cancelled"
  }
  // A live order never reached "cancelled" (not a step of the sequence).
  const index = PROGRESS_ORDER.indexOf(step)
  return index >= 0 && PROGRESS_ORDER.indexOf(progress.status) >= index
}

/**
 * The order's history for the cooperative, oldest first: placing, then each recorded step with
 * who took it (`names` maps actor ids to display names).
 */
export function progressHistory(
  order: ProgressOrder,
  progress: OrderProgress,
  names: Map<string, string>,
  refunds: Array<{ at: DateLike; amount: number }> = []
): VendorOrderHistoryEntry[] {
  const history: VendorOrderHistoryEntry[] = [
    { event: "placed", at: progress.placed_at, actor: { type: "customer", id: null, name: null } },
  ]
  for (const event of progressEvents(order)) {
    const entry: VendorOrderHistoryEntry = {
      event: event.event as VendorOrderHistoryEntry["event"],
      at: iso(event.created_at) as string,
      actor: {
        type: (["member", "user", "system"].includes(event.actor_type ?? "") ? event.actor_type : "system") as VendorOrderHistoryEntry["actor"]["type"],
        id: event.actor_id ?? null,
        name: event.actor_id ? (names.get(event.actor_id) ?? null) : null,
      },
    }
    if (event.event === "shipped" && event.tracking_number) {
      entry.tracking = { carrier: event.carrier ?? "", tracking_number: event.tracking_number, tracking_url: event.tracking_url ?? null }
    }
    if (event.event === "cancelled" && event.reason) {
      entry.reason = event.reason
    }
    history.push(entry)
  }
  // Steps taken outside the portal (an organizer in the Medusa Admin) have no event: show Medusa's.
  const recorded = new Set(history.map((entry) => entry.event))
  const fromMedusa: Array<[VendorOrderHistoryEntry["event"], string | null]> = [
    ["prepared", progress.prepared_at],
    ["shipped", progress.shipped_at],
    ["delivered", progress.delivered_at],
    ["cancelled", progress.cancelled_at],
  ]
  for (const [event, at] of fromMedusa) {
    if (at && !recorded.has(event)) {
      history.push({ event, at, actor: { type: "user", id: null, name: null } })
    }
  }
  for (const refund of refunds) {
    history.push({ event: "refunded", at: iso(refund.at) as string, actor: { type: "system", id: null, name: null }, amount: refund.amount })
  }
  return history.sort((a, b) => a.at.localeCompare(b.at))
}
