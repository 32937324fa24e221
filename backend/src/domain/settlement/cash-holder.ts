import type { CashHolder, ShippingKind } from "@tadamon/shared"
import { shippingKindOf } from "../onboarding/cooperative-shipping"

/**
 * Who holds the cash of a cash-on-delivery order once the customer has paid, from how it is
 * delivered (the kind Tadamon writes on each shipping option, copied onto the order's shipping
 * method):
 * - Amana, under Tadamon's contract: the carrier, which remits the cash to Tadamon;
 * - home delivery: the cooperative itself, which delivers and keeps the cash;
 * - pickup at the solidarity store: the organizers, at the store's till.
 *
 * An order whose delivery is unknown (made outside Tadamon's checkout) counts as the organizers':
 * a cooperative's word is a capture only where the cooperative is known to hold the cash.
 */
export function cashHolderOf(kind: ShippingKind | null): CashHolder {
  switch (kind) {
    case "amana":
      return "carrier"
    case "home-delivery":
      return "cooperative"
    default:
      return "organizers"
  }
}

type ShippingMethodRecord = { metadata?: Record<string, unknown> | null } | null

/** The kind of an order's delivery, from its (first) shipping method's metadata. */
export function orderShippingKind(order: { shipping_methods?: ShippingMethodRecord[] | null }): ShippingKind | null {
  const method = (order.shipping_methods ?? []).find(Boolean) ?? null
  return shippingKindOf(method?.metadata ?? null)
}

/** The fields `orderShippingKind` reads, relative to the order. */
export const SHIPPING_KIND_FIELDS = ["shipping_methods.metadata"]
