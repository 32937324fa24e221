/** Order statuses the storefront names; others (added later by the backend) read as "in progress". */
export const ORDER_STATUSES = [
  "pending",
  "accepted",
  "prepared",
  "shipped",
  "delivered",
  "completed",
  "canceled",
  "requires_action",
  "archived",
] as const
export type KnownOrderStatus = (typeof ORDER_STATUSES)[number]

export function knownOrderStatus(status: string): KnownOrderStatus | null {
  return (ORDER_STATUSES as readonly string[]).includes(status) ? (status as KnownOrderStatus) : null
}

/** An order reference as people type it: trimmed, upper case, no inner spaces ("tdm-4k7q9x " → "TDM-4K7Q9X"). */
export function normalizeReference(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase()
}
