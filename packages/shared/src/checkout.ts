import type { HttpTypes } from "@medusajs/types"
import type { CooperativeSeller } from "./cooperative"
import type { FieldError, StoreValidationErrorResponse } from "./validation-messages"
import type { OrderProgress } from "./vendor-orders"

/**
 * The checkout contract between the backend and the storefront.
 *
 * A cart holds lines from several cooperatives. Each cooperative ships from its own stock
 * location with its own shipping options (its own Medusa shipping profile), so the cart needs one
 * shipping method per cooperative. Placing the order creates one order group (the reference the
 * customer sees) and one Medusa order per cooperative.
 */

/** Medusa payment provider ids. */
export const PAYMENT_PROVIDERS = {
  cashOnDelivery: "pp_cod_cod",
  stripe: "pp_stripe_stripe",
} as const

/** What a shipping option is, for the storefront's wording and icons. */
export const SHIPPING_KINDS = ["amana", "home-delivery", "pickup"] as const
export type ShippingKind = (typeof SHIPPING_KINDS)[number]

/** Shipping option metadata Tadamon sets (`shipping_option.metadata`). */
export type ShippingOptionMetadata = {
  kind: ShippingKind
  /** Delivery estimate in hours after the cooperative ships, e.g. 24–72 for Amana. */
  min_hours: number
  max_hours: number
  /** Order subtotal (MAD) from which this cooperative ships for free, if it offers that. */
  free_above?: number
}

export type CooperativeRef = { id: string; handle: string; name: string }

/** `GET /store/carts/:id/cooperative-shipping`: the cart's lines grouped by cooperative. */
export type StoreCooperativeShippingResponse = {
  cooperatives: Array<{
    cooperative: CooperativeRef
    /** Line item ids of this cooperative's products in the cart. */
    item_ids: string[]
    subtotal: number
    options: Array<{
      id: string
      name: string
      amount: number
      kind: ShippingKind
      min_hours: number
      max_hours: number
      free_above: number | null
    }>
    /** The shipping option chosen for this cooperative, if any. */
    selected_option_id: string | null
  }>
}

/** One cooperative's part of an order group: a real Medusa order. */
export type StoreCooperativeOrder = {
  id: string
  display_id: number
  /** Medusa order status plus Tadamon's progress (later: accepted, prepared, shipped…). */
  status: string
  fulfillment_status: string
  payment_status: string
  /**
   * The cooperative that sells this order; the Store API's order-group routes add `seller` (law
   * 31-08: legal name, registration number, address, phone, email, in the request's language).
   */
  cooperative: CooperativeRef & { seller?: CooperativeSeller }
  items: Array<{
    id: string
    title: string
    subtitle: string | null
    variant_title: string | null
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number
  }>
  shipping: { name: string; amount: number; min_hours: number | null; max_hours: number | null } | null
  item_total: number
  shipping_total: number
  total: number
  /** Where the cooperative is with this order: placed → accepted → prepared → shipped → delivered, or cancelled. */
  progress?: OrderProgress
}

/** The customer-facing order: one checkout, one reference, one order per cooperative. */
export type StoreOrderGroup = {
  id: string
  /** The reference the customer quotes, e.g. "TDM-4K7Q9X". */
  reference: string
  email: string
  created_at: string
  currency_code: string
  locale: string | null
  payment_provider_id: string
  /** What the customer owes in all: the sum of the orders' totals. */
  total: number
  /** Cash on delivery: what the couriers will collect (0 once paid). */
  amount_to_collect: number
  shipping_address: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    phone: string | null
  } | null
  orders: StoreCooperativeOrder[]
}

/** At most this many units of one variant in one cart line. */
export const MAX_LINE_QUANTITY = 99

/** A cart line's quantity: a whole number from 1 to MAX_LINE_QUANTITY (0 too where it removes the line). */
export function isValidLineQuantity(value: unknown, { allowZero = false }: { allowZero?: boolean } = {}): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= (allowZero ? 0 : 1) && value <= MAX_LINE_QUANTITY
}

/** What changed in a cart since the customer last saw it (HTTP 409 `cart_changed` at completion). */
export type CartChange =
  | { kind: "price"; item_id: string; title: string; before: number; after: number }
  | { kind: "shipping"; shipping_method_id: string; name: string; before: number; after: number | null }

/** The 409 body of `POST /store/carts/:id/complete` when prices or shipping changed: the cart now holds the new ones. */
export type StoreCartChangedResponse = Omit<StoreValidationErrorResponse, "type"> & {
  type: "conflict"
  changes: CartChange[]
  totals: { before: number; after: number }
}

/**
 * `POST /store/carts/:id/complete`: Medusa's own answer (`StoreCompleteCartResponse`), so every
 * standard client keeps working, with Tadamon's order group beside it. On success `order` is the
 * first cooperative's order in Medusa's standard shape (the one order of a one-cooperative cart) and
 * `order_group` holds them all. A declined or unfinished card payment answers Medusa's `type: "cart"`
 * with the error, and `errors` naming the field in the request's language.
 */
export type StoreCompleteCartResponse =
  | { type: "order"; order: HttpTypes.StoreOrder; order_group: StoreOrderGroup }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string; name: string; type: string }; errors: FieldError[] }

export type StoreOrderGroupResponse = { order_group: StoreOrderGroup }
export type StoreOrderGroupListResponse = { order_groups: StoreOrderGroup[]; count: number; limit: number; offset: number }

/**
 * `POST /store/customers/me/cart` with `{ cart_id?: string }`, called right after sign-in with the
 * guest cart's id: the cart the customer continues with (the guest cart, now theirs, with the
 * lines of their previous open cart merged in), or null when they have none. `skipped_item_ids`
 * are line items of the previous cart that could not be merged (stock, variant no longer sold).
 */
export type StoreCustomerCartResponse = { cart: { id: string } | null; skipped_item_ids: string[] }
