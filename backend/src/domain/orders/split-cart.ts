import { MedusaError } from "@medusajs/framework/utils"
import type { CreateOrderDTO, CreateOrderLineItemDTO, CreateOrderShippingMethodDTO } from "@medusajs/framework/types"
import { TERMS_METADATA_KEY } from "@tadamon/shared"
import { LocalizedFieldError } from "../../utils/localized-field-error"
import { acceptanceOf } from "./terms"

export type CooperativeRef = { id: string; handle: string; name: string }

type TaxLine = {
  description?: string | null
  tax_rate_id?: string | null
  code: string
  rate: number
  provider_id?: string | null
}
type Adjustment = {
  code?: string | null
  amount: number
  description?: string | null
  promotion_id?: string | null
  provider_id?: string | null
  is_tax_inclusive?: boolean
}

/** The slice of a cart (read with `completeCartFields`) that the split needs. */
export type SplittableCart = {
  id: string
  email?: string | null
  locale?: string | null
  currency_code: string
  region_id?: string | null
  sales_channel_id?: string | null
  customer_id?: string | null
  metadata?: Record<string, unknown> | null
  shipping_address?: Record<string, unknown> | null
  billing_address?: Record<string, unknown> | null
  items: Array<{
    id: string
    title: string
    subtitle?: string | null
    thumbnail?: string | null
    quantity: number
    unit_price: number
    compare_at_unit_price?: number | null
    is_tax_inclusive?: boolean
    is_custom_price?: boolean
    is_discountable?: boolean
    is_giftcard?: boolean
    requires_shipping?: boolean
    product_id?: string | null
    product_title?: string | null
    product_description?: string | null
    product_subtitle?: string | null
    product_type?: string | null
    product_type_id?: string | null
    product_collection?: string | null
    product_handle?: string | null
    variant_id?: string | null
    variant_sku?: string | null
    variant_barcode?: string | null
    variant_title?: string | null
    variant_option_values?: Record<string, unknown> | null
    metadata?: Record<string, unknown> | null
    tax_lines?: TaxLine[] | null
    adjustments?: Adjustment[] | null
    variant?: { product?: { id: string; shipping_profile?: { id: string } | null } | null } | null
  }>
  shipping_methods?: Array<{
    id: string
    name: string
    description?: string | null
    amount: number
    raw_amount?: unknown
    is_tax_inclusive?: boolean
    shipping_option_id?: string | null
    data?: Record<string, unknown> | null
    metadata?: Record<string, unknown> | null
    tax_lines?: TaxLine[] | null
    adjustments?: Adjustment[] | null
    shipping_option?: { id: string; shipping_profile_id?: string | null; metadata?: Record<string, unknown> | null } | null
  }> | null
}

/** The cart lacks a shipping method for these cooperatives (by name, in the cart's language). */
/**
 * Cooperatives of the cart without a shipping method: a field problem of `shipping_methods`
 * naming them, which the API answers in the request's language.
 */
export class MissingShippingMethodError extends LocalizedFieldError {
  constructor(readonly cooperatives: string[]) {
    super(MedusaError.Types.INVALID_DATA, [{ field: "shipping_methods", code: "missing_shipping_method", name: cooperatives.join("», «") }])
  }
}

export type CooperativePart = {
  cooperative: CooperativeRef
  item_ids: string[]
  order: CreateOrderDTO
}

const taxLines = (lines: TaxLine[] | null | undefined) =>
  (lines ?? []).map((line) => ({
    description: line.description ?? undefined,
    tax_rate_id: line.tax_rate_id ?? undefined,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id ?? undefined,
  }))

const adjustments = (lines: Adjustment[] | null | undefined) =>
  (lines ?? []).map((line) => ({
    code: line.code ?? undefined,
    amount: line.amount,
    description: line.description ?? undefined,
    promotion_id: line.promotion_id ?? undefined,
    provider_id: line.provider_id ?? undefined,
    is_tax_inclusive: line.is_tax_inclusive,
  }))

const withoutId = (address: Record<string, unknown> | null | undefined) => {
  if (!address) {
    return undefined
  }
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = address
  return rest
}

/**
 * Splits a cart into one order per cooperative: each order holds that cooperative's lines and
 * the shipping method of its shipping profile. Throws INVALID_DATA naming the cooperative whose
 * shipping method is missing, and for a line whose product belongs to no cooperative.
 */
export function splitCartByCooperative(
  cart: SplittableCart,
  cooperativeOfProduct: Map<string, CooperativeRef>
): CooperativePart[] {
  const parts = new Map<string, { cooperative: CooperativeRef; items: SplittableCart["items"]; profiles: Set<string> }>()
  for (const item of cart.items) {
    const productId = item.variant?.product?.id ?? item.product_id ?? ""
    const cooperative = cooperativeOfProduct.get(productId)
    if (!cooperative) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: "${item.title}" is not sold by any cooperative`)
    }
    const part = parts.get(cooperative.id) ?? { cooperative, items: [], profiles: new Set<string>() }
    part.items.push(item)
    const profile = item.variant?.product?.shipping_profile?.id
    if (profile && item.requires_shipping !== false) {
      part.profiles.add(profile)
    }
    parts.set(cooperative.id, part)
  }

  const methods = cart.shipping_methods ?? []
  const acceptance = acceptanceOf(cart.metadata)
  const missing: string[] = []
  const result = [...parts.values()].map(({ cooperative, items, profiles }) => {
    const ownMethods = methods.filter((method) => {
      const profile = method.shipping_option?.shipping_profile_id
      return !!profile && profiles.has(profile)
    })
    const covered = new Set(ownMethods.map((method) => method.shipping_option?.shipping_profile_id))
    if ([...profiles].some((profile) => !covered.has(profile))) {
      missing.push(cooperative.name)
    }

    const orderItems: CreateOrderLineItemDTO[] = items.map((item) => ({
      title: item.title,
      subtitle: item.subtitle ?? undefined,
      thumbnail: item.thumbnail ?? undefined,
      quantity: item.quantity,
      unit_price: item.unit_price,
      compare_at_unit_price: item.compare_at_unit_price ?? undefined,
      is_tax_inclusive: !!item.is_tax_inclusive,
      is_custom_price: item.is_custom_price,
      is_discountable: item.is_discountable,
      is_giftcard: item.is_giftcard,
      requires_shipping: item.requires_shipping,
      product_id: item.product_id ?? undefined,
      product_title: item.product_title ?? undefined,
      product_description: item.product_description ?? undefined,
      product_subtitle: item.product_subtitle ?? undefined,
      product_type: item.product_type ?? undefined,
      product_type_id: item.product_type_id ?? undefined,
      product_collection: item.product_collection ?? undefined,
      product_handle: item.product_handle ?? undefined,
      variant_id: item.variant_id ?? undefined,
      variant_sku: item.variant_sku ?? undefined,
      variant_barcode: item.variant_barcode ?? undefined,
      variant_title: item.variant_title ?? undefined,
      variant_option_values: item.variant_option_values ?? undefined,
      metadata: { ...(item.metadata ?? {}), cart_item_id: item.id },
      tax_lines: taxLines(item.tax_lines),
      adjustments: adjustments(item.adjustments),
    }))
    const shippingMethods: Omit<CreateOrderShippingMethodDTO, "order_id">[] = ownMethods.map((method) => ({
      name: method.name,
      description: method.description ?? undefined,
      amount: method.amount,
      is_tax_inclusive: !!method.is_tax_inclusive,
      shipping_option_id: method.shipping_option_id ?? undefined,
      data: method.data ?? undefined,
      // The option's kind and delivery estimate travel with the order.
      metadata: { ...(method.shipping_option?.metadata ?? {}), ...(method.metadata ?? {}) },
      tax_lines: taxLines(method.tax_lines),
      adjustments: adjustments(method.adjustments),
    }))

    const order: CreateOrderDTO = {
      region_id: cart.region_id ?? undefined,
      customer_id: cart.customer_id ?? undefined,
      sales_channel_id: cart.sales_channel_id ?? undefined,
      status: "pending",
      email: cart.email ?? undefined,
      currency_code: cart.currency_code,
      locale: cart.locale ?? undefined,
      shipping_address: withoutId(cart.shipping_address),
      billing_address: withoutId(cart.billing_address),
      no_notification: false,
      items: orderItems,
      shipping_methods: shippingMethods,
      // The terms of sale the customer accepted travel with each order.
      metadata: { cart_id: cart.id, cooperative_id: cooperative.id, ...(acceptance ? { [TERMS_METADATA_KEY]: acceptance } : {}) },
    }
    return { cooperative, item_ids: items.map((item) => item.id), order }
  })

  if (missing.length) {
    throw new MissingShippingMethodError(missing)
  }
  return result
}

/**
 * The cooperative of an order the split created, read from the order itself (its metadata names
 * it): the order module lists created orders back in no set order, so a position proves nothing.
 */
export function cooperativeOfOrder(order: { id: string; metadata?: Record<string, unknown> | null }, parts: CooperativePart[]): CooperativeRef {
  const cooperativeId = order.metadata?.cooperative_id
  const part = parts.find((candidate) => candidate.cooperative.id === cooperativeId)
  if (!part) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Order ${order.id} names no cooperative of this cart`)
  }
  return part.cooperative
}
