import type { HttpTypes } from "@medusajs/types"
import type { StoreCooperativeShippingResponse } from "@tadamon/shared/contracts/store"
import { isAddressComplete } from "./address"

export const CHECKOUT_STEPS = ["address", "shipping", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export type CheckoutProgress = {
  /** Steps whose data the cart already holds. */
  done: Record<CheckoutStep, boolean>
  /** The step shown open: the one asked for in `?step=` if it is reachable, else the first not done. */
  current: CheckoutStep
}

/**
 * Where the visitor is in the checkout, from the cart alone (no step is stored anywhere else):
 * address and email set, a shipping method for every cooperative, a payment session.
 */
export function checkoutProgress(
  cart: Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "payment_collection">,
  shipping: StoreCooperativeShippingResponse | null,
  requested: string | undefined
): CheckoutProgress {
  const cooperatives = shipping?.cooperatives ?? []
  const done: Record<CheckoutStep, boolean> = {
    address: !!cart.email && isAddressComplete(cart.shipping_address),
    shipping: cooperatives.length > 0 && cooperatives.every((group) => !!group.selected_option_id),
    payment: (cart.payment_collection?.payment_sessions ?? []).length > 0,
    review: false,
  }
  const firstOpen = CHECKOUT_STEPS.find((step) => !done[step]) ?? "review"
  const reachable = CHECKOUT_STEPS.slice(0, CHECKOUT_STEPS.indexOf(firstOpen) + 1)
  const current = reachable.find((step) => step === requested) ?? firstOpen
  return { done, current }
}
