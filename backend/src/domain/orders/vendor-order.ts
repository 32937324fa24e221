import {
  PAYMENT_PROVIDERS,
  type CashHolder,
  type OrderProgress,
  type VendorOrder,
  type VendorOrderAction,
  type VendorOrderFilter,
  type VendorOrderPayment,
  type VendorOrderSummary,
} from "@tadamon/shared"
import { cashHolderOf, orderShippingKind, SHIPPING_KIND_FIELDS } from "../settlement/cash-holder"
import { ORDER_PROGRESS_FIELDS, orderProgress, progressEvents, progressHistory, type ProgressOrder } from "./order-progress"

/**
 * The cooperative's view of its orders (`/vendor/orders`): pure mapping from what query.graph
 * returns for the fields below, and the rules of which action comes next.
 */

const PAYMENT_FIELDS = [
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

/** A list row (and the light read the list filters over). */
export const VENDOR_ORDER_SUMMARY_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "total",
  "items.quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.city",
  "shipping_address.province",
  "order_group.reference",
  "cooperative.id",
  ...SHIPPING_KIND_FIELDS,
  ...PAYMENT_FIELDS,
  ...ORDER_PROGRESS_FIELDS,
]

export const VENDOR_ORDER_FIELDS = [
  ...VENDOR_ORDER_SUMMARY_FIELDS,
  "item_total",
  "shipping_total",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.unit_price",
  "items.total",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.metadata",
  "order_group.locale",
]

type Num = number | string | { toString(): string } | null | undefined
const num = (value: Num) => Number(value ?? 0)
const text = (value: unknown) => (typeof value === "string" && value ? value : null)
const round2 = (value: number) => Math.round(value * 100) / 100

type PaymentRecord = {
  id: string
  provider_id: string
  amount: Num
  captured_at?: unknown
  canceled_at?: unknown
  captures?: Array<{ amount: Num } | null> | null
  refunds?: Array<{ amount: Num; created_at?: string | Date | null } | null> | null
}

export type VendorOrderEntity = ProgressOrder & {
  id: string
  display_id: number
  currency_code: string
  total: Num
  item_total?: Num
  shipping_total?: Num
  items?: Array<{
    id?: string
    title?: string
    subtitle?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    thumbnail?: string | null
    quantity: Num
    unit_price?: Num
    total?: Num
  } | null> | null
  shipping_address?: Record<string, unknown> | null
  shipping_methods?: Array<{ name: string; amount: Num; metadata?: Record<string, unknown> | null } | null> | null
  payment_collections?: Array<{ id: string; status: string; amount: Num; payments?: Array<PaymentRecord | null> | null } | null> | null
  order_group?: { reference: string; locale?: string | null } | null
  cooperative?: { id: string } | null
}

export function orderPayment(order: VendorOrderEntity): PaymentRecord | null {
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  return payments.find((payment): payment is PaymentRecord => !!payment) ?? null
}

/** A cash-on-delivery order whose cash a cooperative declared collected, waiting for whoever holds it. */
const AWAITING_CONFIRMATION: Record<Exclude<CashHolder, "cooperative">, VendorOrderPayment["status"]> = {
  carrier: "awaiting_remittance",
  organizers: "awaiting_till",
}

export function vendorPayment(order: VendorOrderEntity): VendorOrderPayment {
  const payment = orderPayment(order)
  const cod = !payment || payment.provider_id === PAYMENT_PROVIDERS.cashOnDelivery
  const amount = payment ? num(payment.amount) : num(order.total)
  const captured = round2((payment?.captures ?? []).reduce((sum, capture) => sum + num(capture?.amount), 0))
  const refunded = round2((payment?.refunds ?? []).reduce((sum, refund) => sum + num(refund?.amount), 0))
  const isCaptured = captured > 0 || !!payment?.captured_at
  const holder = cod ? cashHolderOf(orderShippingKind(order)) : null
  const claim = progressEvents(order).find((event) => event.event === "cash_claimed") ?? null
  const status: VendorOrderPayment["status"] =
    refunded > 0
      ? "refunded"
      : payment?.canceled_at && !isCaptured
        ? "canceled"
        : cod
          ? isCaptured
            ? "collected"
            : order.status === "canceled"
              ? "canceled"
              : claim && holder && holder !== "cooperative"
                ? AWAITING_CONFIRMATION[holder]
                : "awaiting_collection"
          : isCaptured
            ? "captured"
            : "authorized"
  return {
    method: cod ? "cash_on_delivery" : "card",
    provider_id: payment?.provider_id ?? PAYMENT_PROVIDERS.cashOnDelivery,
    status,
    amount,
    amount_to_collect: status === "awaiting_collection" ? amount : 0,
    captured_amount: captured,
    refunded_amount: refunded,
    cash_holder: holder,
    claimed_at: claim?.created_at ? new Date(claim.created_at).toISOString() : null,
  }
}

/** Who takes a step: a member of the cooperative (the portal) or an organizer (the Admin, a remittance). */
export type OrderActor = "member" | "organizer"

/** Cash not yet confirmed by its holder (collected, declared collected, or not yet). */
const UNCONFIRMED_CASH: ReadonlyArray<VendorOrderPayment["status"]> = ["awaiting_collection", "awaiting_remittance", "awaiting_till"]

/**
 * Whether the actor may record a delivered order's cash as collected. A member, once, for any
 * cash-on-delivery order: a capture when the cooperative delivered and holds the cash, a claim
 * otherwise. An organizer, for cash that Amana or the solidarity store holds, until it is
 * confirmed (claimed or not); never for a cooperative's own delivery, whose cash the cooperative holds.
 */
export function canRecordCash(progress: OrderProgress, payment: VendorOrderPayment, actor: OrderActor): boolean {
  if (progress.status !== "delivered" || payment.method !== "cash_on_delivery") {
    return false
  }
  if (actor === "member") {
    return payment.status === "awaiting_collection"
  }
  return payment.cash_holder !== "cooperative" && UNCONFIRMED_CASH.includes(payment.status)
}

/** What a member can do next; each action's workflow enforces the same rule. */
export function availableActions(progress: OrderProgress, payment: VendorOrderPayment): VendorOrderAction[] {
  const actions: VendorOrderAction[] = []
  switch (progress.status) {
    case "placed":
      actions.push("accept", "cancel")
      break
    case "accepted":
      actions.push("prepare", "cancel")
      break
    case "prepared":
      actions.push("ship", "cancel")
      break
    case "shipped":
      actions.push("deliver")
      break
  }
  if (canRecordCash(progress, payment, "member")) {
    actions.push("cash-collected")
  }
  return actions
}

/** The list's filters (`?status=`), from the order's progress. */
export function matchesFilter(progress: OrderProgress, filter: VendorOrderFilter): boolean {
  switch (filter) {
    case "to_accept":
      return progress.status === "placed"
    case "to_ship":
      return progress.status === "accepted" || progress.status === "prepared"
    case "shipped":
      return progress.status === "shipped"
    case "delivered":
      return progress.status === "delivered"
    case "cancelled":
      return progress.status === "cancelled"
  }
}

export function toVendorOrderSummary(order: VendorOrderEntity, progress = orderProgress(order)): VendorOrderSummary {
  const address = order.shipping_address ?? {}
  const payment = vendorPayment(order)
  return {
    id: order.id,
    display_id: order.display_id,
    order_group_reference: order.order_group?.reference ?? null,
    created_at: new Date(order.created_at as string).toISOString(),
    currency_code: order.currency_code,
    customer_name: [text(address.first_name), text(address.last_name)].filter(Boolean).join(" "),
    city: text(address.city),
    province: text(address.province),
    item_count: (order.items ?? []).reduce((sum, item) => sum + num(item?.quantity), 0),
    total: num(order.total),
    payment_method: payment.method,
    payment_status: payment.status,
    progress_status: progress.status,
  }
}

export function toVendorOrder(order: VendorOrderEntity, names: Map<string, string> = new Map()): VendorOrder {
  const progress = orderProgress(order)
  const payment = vendorPayment(order)
  const address = order.shipping_address
  const method = order.shipping_methods?.find(Boolean) ?? null
  const metadata = method?.metadata ?? {}
  const hours = (key: string) => (typeof metadata[key] === "number" ? metadata[key] : null)
  const refunds = (orderPayment(order)?.refunds ?? []).flatMap((refund) =>
    refund ? [{ at: refund.created_at ?? null, amount: num(refund.amount) }] : []
  )
  const accepted = (order.order_progress_events ?? []).find((event) => event?.event === "accepted")
  return {
    ...toVendorOrderSummary(order, progress),
    locale: order.order_group?.locale ?? null,
    shipping_address: address
      ? {
          first_name: text(address.first_name),
          last_name: text(address.last_name),
          phone: text(address.phone),
          address_1: text(address.address_1),
          address_2: text(address.address_2),
          city: text(address.city),
          province: text(address.province),
          postal_code: text(address.postal_code),
          country_code: text(address.country_code),
        }
      : null,
    items: (order.items ?? []).flatMap((item) =>
      item
        ? [
            {
              id: item.id ?? "",
              title: item.title ?? "",
              subtitle: item.subtitle ?? null,
              variant_title: item.variant_title ?? null,
              variant_sku: item.variant_sku ?? null,
              thumbnail: item.thumbnail ?? null,
              quantity: num(item.quantity),
              unit_price: num(item.unit_price),
              total: num(item.total),
            },
          ]
        : []
    ),
    shipping_method: method
      ? { name: method.name, amount: num(method.amount), kind: text(metadata.kind), min_hours: hours("min_hours"), max_hours: hours("max_hours") }
      : null,
    item_total: num(order.item_total),
    shipping_total: num(order.shipping_total),
    payment,
    progress: {
      ...progress,
      accepted_by: accepted?.actor_id ? (names.get(accepted.actor_id) ?? null) : null,
      history: progressHistory(order, progress, names, refunds),
    },
    available_actions: availableActions(progress, payment),
  }
}
