import type { HttpTypes } from "@medusajs/types"
import type { CooperativeRef, StoreCooperativeShippingResponse } from "@tadamon/shared/contracts/store"

export type CartGroup = {
  /** Null for lines the backend did not place under a cooperative (or when grouping is unavailable). */
  cooperative: CooperativeRef | null
  items: HttpTypes.StoreCartLineItem[]
  subtotal: number
}

/** What a line costs, as Medusa computed it (major units). */
export function lineTotal(item: HttpTypes.StoreCartLineItem): number {
  return item.total ?? item.subtotal ?? item.unit_price * item.quantity
}

/**
 * The cart's lines under their cooperatives, in the backend's order, with the backend's subtotal
 * for each; lines it did not list (or every line, without grouping) come last in one group.
 */
export function groupCartLines(
  items: readonly HttpTypes.StoreCartLineItem[],
  shipping: StoreCooperativeShippingResponse | null
): CartGroup[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  const placed = new Set<string>()
  const groups: CartGroup[] = []
  for (const entry of shipping?.cooperatives ?? []) {
    const lines = entry.item_ids.flatMap((id) => {
      const item = byId.get(id)
      return item ? [item] : []
    })
    if (lines.length === 0) {
      continue
    }
    lines.forEach((item) => placed.add(item.id))
    groups.push({ cooperative: entry.cooperative, items: lines, subtotal: entry.subtotal })
  }
  const rest = items.filter((item) => !placed.has(item.id))
  if (rest.length > 0) {
    groups.push({ cooperative: null, items: rest, subtotal: rest.reduce((sum, item) => sum + lineTotal(item), 0) })
  }
  return groups
}

/** The number of units in the cart. */
export function itemCount(items: readonly Pick<HttpTypes.StoreCartLineItem, "quantity">[] | null | undefined): number {
  return (items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0)
}
