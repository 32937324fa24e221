import type { StoreCooperativeOrder, StoreOrderGroup } from "@tadamon/shared"
import { ORDER_PROGRESS_FIELDS, orderProgress, type ProgressOrder } from "../../../domain/orders/order-progress"

/** What `toStoreOrderGroup` reads of an order group, through query.graph. */
export const STORE_ORDER_GROUP_FIELDS = [...new Set([
  "id",
  "reference",
  "email",
  "created_at",
  "currency_code",
  "locale",
  "payment_provider_id",
  "total",
  "customer_id",
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.created_at",
  "orders.total",
  "orders.item_total",
  "orders.shipping_total",
  "orders.items.id",
  "orders.items.title",
  "orders.items.subtitle",
  "orders.items.variant_title",
  "orders.items.thumbnail",
  "orders.items.quantity",
  "orders.items.unit_price",
  "orders.items.total",
  "orders.shipping_methods.name",
  "orders.shipping_methods.amount",
  "orders.shipping_methods.metadata",
  "orders.shipping_address.*",
  "orders.fulfillments.id",
  "orders.fulfillments.shipped_at",
  "orders.fulfillments.delivered_at",
  "orders.fulfillments.canceled_at",
  "orders.payment_collections.status",
  "orders.payment_collections.amount",
  "orders.payment_collections.captured_amount",
  "orders.cooperative.id",
  "orders.cooperative.handle",
  "orders.cooperative.name",
  // Where each cooperative is with its order (accepted, shipped with tracking, cancelled with reason…).
  ...ORDER_PROGRESS_FIELDS.map((field) => `orders.${field}`),
])]

type Num = number | string | { toString(): string } | null | undefined
const num = (value: Num) => Number(value ?? 0)

type Address = Record<string, unknown> | null | undefined
type GroupOrder = ProgressOrder & {
  id: string
  display_id: number
  status: string
  total: Num
  item_total: Num
  shipping_total: Num
  items?: Array<{
    id: string
    title: string
    subtitle?: string | null
    variant_title?: string | null
    thumbnail?: string | null
    quantity: Num
    unit_price: Num
    total: Num
  } | null> | null
  shipping_methods?: Array<{ name: string; amount: Num; metadata?: Record<string, unknown> | null } | null> | null
  shipping_address?: Address
  payment_collections?: Array<{ status: string; amount: Num; captured_amount?: Num } | null> | null
  cooperative?: { id: string; handle: string; name: string } | null
}
export type OrderGroupEntity = {
  id: string
  reference: string
  email: string
  created_at: string | Date
  currency_code: string
  locale?: string | null
  payment_provider_id: string
  total: Num
  orders?: Array<GroupOrder | null> | null
}

function fulfillmentStatus(order: GroupOrder): string {
  const live = (order.fulfillments ?? []).filter((f) => f && !f.canceled_at)
  if (!live.length) {
    return "not_fulfilled"
  }
  if (live.every((f) => f?.delivered_at)) {
    return "delivered"
  }
  if (live.every((f) => f?.shipped_at)) {
    return "shipped"
  }
  return "fulfilled"
}

function toStoreOrder(order: GroupOrder): StoreCooperativeOrder {
  const method = order.shipping_methods?.find(Boolean) ?? null
  const metadata = method?.metadata ?? {}
  const hours = (key: string) => (typeof metadata[key] === "number" ? metadata[key] : null)
  const payment = order.payment_collections?.find(Boolean)
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    fulfillment_status: fulfillmentStatus(order),
    payment_status: payment?.status ?? "not_paid",
    cooperative: order.cooperative ?? { id: "", handle: "", name: "" },
    items: (order.items ?? []).flatMap((item) =>
      item
        ? [
            {
              id: item.id,
              title: item.title,
              subtitle: item.subtitle ?? null,
              variant_title: item.variant_title ?? null,
              thumbnail: item.thumbnail ?? null,
              quantity: num(item.quantity),
              unit_price: num(item.unit_price),
              total: num(item.total),
            },
          ]
        : []
    ),
    shipping: method
      ? { name: method.name, amount: num(method.amount), min_hours: hours("min_hours"), max_hours: hours("max_hours") }
      : null,
    item_total: num(order.item_total),
    shipping_total: num(order.shipping_total),
    total: num(order.total),
    progress: orderProgress(order),
  }
}

const text = (value: unknown) => (typeof value === "string" ? value : null)

/** The customer's view of an order group: per-cooperative orders, totals, what is left to pay. */
export function toStoreOrderGroup(group: OrderGroupEntity): StoreOrderGroup {
  const orders = (group.orders ?? []).flatMap((order) => (order ? [order] : []))
  orders.sort((a, b) => a.display_id - b.display_id)
  const address = orders[0]?.shipping_address ?? null
  const amountToCollect = orders.reduce((sum, order) => {
    if (order.status === "canceled") {
      return sum
    }
    const payment = order.payment_collections?.find(Boolean)
    return sum + Math.max(0, num(payment?.amount ?? order.total) - num(payment?.captured_amount))
  }, 0)
  return {
    id: group.id,
    reference: group.reference,
    email: group.email,
    created_at: new Date(group.created_at).toISOString(),
    currency_code: group.currency_code,
    locale: group.locale ?? null,
    payment_provider_id: group.payment_provider_id,
    total: num(group.total),
    amount_to_collect: amountToCollect,
    shipping_address: address
      ? {
          first_name: text(address.first_name),
          last_name: text(address.last_name),
          address_1: text(address.address_1),
          city: text(address.city),
          province: text(address.province),
          postal_code: text(address.postal_code),
          phone: text(address.phone),
        }
      : null,
    orders: orders.map(toStoreOrder),
  }
}
