import type { OrderProgressStatus } from "@tadamon/shared"

/**
 * Erasing a customer's account (law 09-08): the person goes, the orders stay for accounting. Pure
 * rules; the workflow `workflows/privacy/erase-customer` applies them.
 */

/** The address that replaces the customer's on everything kept: unique, undeliverable (RFC 2606's `.invalid`). */
export function erasedEmail(customerId: string): string {
  return `erased-${customerId.toLowerCase()}@erased.tadamon.invalid`
}

/** The progress statuses after which nobody needs the customer's address or phone any more. */
const SETTLED: ReadonlySet<OrderProgressStatus> = new Set(["delivered", "cancelled"])

type GroupOrders = { reference: string; orders: Array<{ status?: string | null; progress?: { status: OrderProgressStatus } | null }> }

/**
 * The references of the groups with an order still on its way: the account cannot be erased while a
 * cooperative needs the address and phone to deliver. An order Medusa cancelled counts as settled.
 */
export function ordersInProgress(groups: GroupOrders[]): string[] {
  return groups
    .filter((group) =>
      group.orders.some((order) => order.status !== "canceled" && !(order.progress && SETTLED.has(order.progress.status)))
    )
    .map((group) => group.reference)
}

/** Personal fields of an address (Medusa's cart, order and customer addresses). */
export const PERSONAL_ADDRESS_FIELDS = ["first_name", "last_name", "phone", "company", "address_1", "address_2"] as const

/**
 * What an address kept for accounting becomes: no name, phone or street; the city, province, postal
 * code and country stay (sales by province are statistics, not a person).
 */
export function anonymizedAddress(): Record<(typeof PERSONAL_ADDRESS_FIELDS)[number], null> {
  return { first_name: null, last_name: null, phone: null, company: null, address_1: null, address_2: null }
}

/**
 * An auth identity's `app_metadata` once the customer is gone: `null` when the identity served the
 * customer alone (it is deleted), what remains otherwise (the same person's cooperative membership
 * or organizer account keeps signing in).
 */
export function remainingAppMetadata(appMetadata: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  const { customer_id: _customer, ...rest } = appMetadata ?? {}
  return Object.values(rest).some((value) => value !== null && value !== undefined && value !== "") ? rest : null
}
