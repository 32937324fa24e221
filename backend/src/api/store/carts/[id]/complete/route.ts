import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import type { HttpTypes } from "@medusajs/framework/types"
import {
  validationMessage,
  type CartChange,
  type StoreCartChangedResponse,
  type StoreCompleteCartResponse,
  type StoreOrderGroup,
  type StoreValidationErrorResponse,
  type ValidationCode,
} from "@tadamon/shared"
import { readLocalizedFieldError } from "../../../../../utils/localized-field-error"
import { completeCartWithCooperativeOrdersWorkflow } from "../../../../../workflows/order-group/complete-cart-with-cooperative-orders"
import { MissingShippingMethodError, splitCartByCooperative, type CooperativeRef, type SplittableCart } from "../../../../../workflows/order-group/utils/split-cart"
import { listStoreOrderGroups } from "../../../../utils/order-groups"
import { requestLocale } from "../../../../utils/request-locale"

type Response = StoreCompleteCartResponse | StoreValidationErrorResponse | StoreCartChangedResponse

/**
 * Replaces Medusa's single-order completion: one order group, one order per cooperative, answered
 * in Medusa's own shape (`type: "order"` with the first cooperative's order) with the group beside
 * it. Completing the same cart again answers the same group.
 */
export const POST = async (req: MedusaStoreRequest, res: MedusaResponse<Response>) => {
  const cartId = req.params.id
  const locale = requestLocale(req)
  const refuse = (status: number, code: ValidationCode, field: string, name: string) => {
    const message = validationMessage(code, name, locale)
    res.status(status).json({ type: "invalid_data", message, errors: [{ field, code, message }] })
  }

  const existing = await groupOfCart(req, cartId)
  if (existing) {
    res.json(await placed(req, existing))
    return
  }

  // Friendly, localized answers for what the customer can fix; the workflow checks it all again
  // under the cart's lock.
  const missing = await missingShippingMethods(req, cartId)
  if (missing.length) {
    refuse(400, "missing_shipping_method", "shipping_methods", missing.join("», «"))
    return
  }

  try {
    const result = await completeWithRetries(req, cartId)
    const group = await groupOfCart(req, cartId, result.order_group_id)
    if (!group) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Order group ${result.order_group_id} was not found`)
    }
    res.json(await placed(req, group))
  } catch (error) {
    // A concurrent completion of the same cart won the race: answer its group.
    const winner = await groupOfCart(req, cartId)
    if (winner) {
      res.json(await placed(req, winner))
      return
    }
    // Prices or shipping changed since the customer last saw the cart: the cart takes the new ones
    // (Medusa's own refresh) and the customer sees what changed before confirming again.
    const localized = readLocalizedFieldError(error)
    if (localized?.problems.some((problem) => problem.code === "cart_changed")) {
      res.status(409).json(await refreshChangedCart(req, cartId, locale))
      return
    }
    if (localized) {
      throw error // answered in the request's language by the API's error handler
    }
    // Workflow errors may arrive as plain objects rather than Error instances.
    const message = String((error as { message?: unknown } | null)?.message ?? error)
    const cooperatives = (error as { cooperatives?: unknown } | null)?.cooperatives
    if (Array.isArray(cooperatives)) {
      refuse(400, "missing_shipping_method", "shipping_methods", cooperatives.join("», «"))
      return
    }
    if (/stock|inventory/i.test(message)) {
      refuse(409, "out_of_stock", "items", await outOfStockTitle(req, cartId, message))
      return
    }
    const paymentError = paymentErrorType(error, message)
    if (paymentError) {
      // Medusa's own answer to a payment that did not go through: 200 with the cart and the error,
      // so standard clients keep the customer on the payment step.
      const text = validationMessage("payment_declined", "payment_collection", locale)
      res.json({
        type: "cart",
        cart: await cartOf(req, cartId),
        error: { message: text, name: "Error", type: paymentError },
        errors: [{ field: "payment_collection", code: "payment_declined", message: text }],
      })
      return
    }
    if (/payment (sessions|collection)/i.test(message)) {
      refuse(400, "payment_required", "payment_collection", "")
      return
    }
    if (LOCK_TIMEOUT.test(message)) {
      refuse(409, "try_again", "cart", "")
      return
    }
    throw error
  }
}

const LOCK_TIMEOUT = /timed-out acquiring lock/i

/**
 * Runs the completion, again when it only failed to get a lock in time (many buyers of the same
 * stock at once): a failed run leaves nothing behind, so another attempt is safe.
 */
async function completeWithRetries(req: MedusaStoreRequest, cartId: string, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { result } = await completeCartWithCooperativeOrdersWorkflow(req.scope).run({ input: { cart_id: cartId } })
      return result
    } catch (error) {
      const message = String((error as { message?: unknown } | null)?.message ?? error)
      if (attempt >= attempts || !LOCK_TIMEOUT.test(message)) {
        throw error
      }
    }
  }
}

/** Medusa's success answer (the first cooperative's order, in the fields the request asked for) with the group beside it. */
async function placed(req: MedusaStoreRequest, group: StoreOrderGroup): Promise<StoreCompleteCartResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph(
    { entity: "order", fields: req.queryConfig.fields, filters: { id: group.orders[0]?.id } },
    { locale: req.locale }
  )
  if (!order) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Order group ${group.id} has no order`)
  }
  return { type: "order", order: order as unknown as HttpTypes.StoreOrder, order_group: group }
}

/** The cart as Medusa's own completion answers it when payment fails (its default Store API fields). */
async function cartOf(req: MedusaStoreRequest, cartId: string): Promise<HttpTypes.StoreCart> {
  return (await refetchCart(cartId, req.scope, defaultStoreCartFields)) as HttpTypes.StoreCart
}

/** Medusa's error type when the card payment did not go through (declined, or not confirmed yet). */
function paymentErrorType(error: unknown, message: string): string | null {
  const type = (error as { type?: unknown } | null)?.type
  if (type === MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR || type === MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR) {
    return type
  }
  if (/more information is required for payment/i.test(message)) {
    return MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR
  }
  if (/payment authorization failed|was not authorized with the provider/i.test(message)) {
    return MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR
  }
  return null
}

async function groupOfCart(req: MedusaStoreRequest, cartId: string, id?: string) {
  const { groups } = await listStoreOrderGroups(req.scope, id ? { id } : { cart_id: cartId }, { skip: 0, take: 1 })
  return groups[0] ?? null
}

async function missingShippingMethods(req: MedusaStoreRequest, cartId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph(
    {
      entity: "cart",
      fields: [
        "id",
        "currency_code",
        "items.*",
        "items.variant.product.id",
        "items.variant.product.shipping_profile.id",
        "shipping_methods.*",
        "shipping_methods.shipping_option.id",
        "shipping_methods.shipping_option.shipping_profile_id",
      ],
      filters: { id: cartId },
    },
    { locale: req.locale }
  )
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  const splittable = cart as unknown as SplittableCart
  const productIds = [...new Set(splittable.items.flatMap((item) => item.variant?.product?.id ?? []))]
  const { data: products } = await query.graph(
    { entity: "product", fields: ["id", "cooperative.id", "cooperative.handle", "cooperative.name"], filters: { id: productIds } },
    { locale: req.locale }
  )
  const cooperativeOfProduct = new Map<string, CooperativeRef>()
  for (const product of products as Array<{ id: string; cooperative?: CooperativeRef | null }>) {
    if (product.cooperative) {
      cooperativeOfProduct.set(product.id, product.cooperative)
    }
  }
  try {
    splitCartByCooperative(splittable, cooperativeOfProduct)
    return []
  } catch (error) {
    if (error instanceof MissingShippingMethodError) {
      return error.cooperatives
    }
    return []
  }
}

/** The title of the line whose stock ran out, when the error names its inventory item. */
async function outOfStockTitle(req: MedusaStoreRequest, cartId: string, message: string): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph(
    {
      entity: "cart",
      fields: ["items.title", "items.variant_title", "items.variant.inventory_items.inventory_item_id"],
      filters: { id: cartId },
    },
    { locale: req.locale }
  )
  const items = (carts[0]?.items ?? []) as Array<{
    title: string
    variant_title?: string | null
    variant?: { inventory_items?: Array<{ inventory_item_id: string } | null> | null } | null
  } | null>
  const named = items.find((item) => item?.variant?.inventory_items?.some((link) => link && message.includes(link.inventory_item_id)))
  const item = named ?? (items.length === 1 ? items[0] : null)
  return item ? [item.title, item.variant_title].filter(Boolean).join(" — ") : message
}

type PricedSnapshot = {
  total: number
  items: Map<string, { title: string; unit_price: number }>
  shipping: Map<string, { name: string; amount: number }>
}

async function pricedSnapshot(req: MedusaStoreRequest, cartId: string): Promise<PricedSnapshot> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph(
    {
      entity: "cart",
      fields: ["total", "items.id", "items.title", "items.unit_price", "shipping_methods.id", "shipping_methods.name", "shipping_methods.amount"],
      filters: { id: cartId },
    },
    { locale: req.locale }
  )
  type Row = { id: string; title?: string; name?: string; unit_price?: unknown; amount?: unknown } | null
  const rows = (value: unknown) => ((value ?? []) as Row[]).flatMap((row) => (row ? [row] : []))
  return {
    total: Number(cart?.total ?? 0),
    items: new Map(rows(cart?.items).map((item) => [item.id, { title: item.title ?? "", unit_price: Number(item.unit_price) }])),
    shipping: new Map(rows(cart?.shipping_methods).map((method) => [method.id, { name: method.name ?? "", amount: Number(method.amount) }])),
  }
}

/**
 * Brings the cart to today's prices and shipping with Medusa's refresh (which also resets a card
 * payment whose amount no longer matches) and says what changed, in the request's language.
 */
async function refreshChangedCart(req: MedusaStoreRequest, cartId: string, locale: ReturnType<typeof requestLocale>): Promise<StoreCartChangedResponse> {
  const before = await pricedSnapshot(req, cartId)
  await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: cartId, force_refresh: true } })
  const after = await pricedSnapshot(req, cartId)
  const changes: CartChange[] = []
  for (const [id, line] of before.items) {
    const now = after.items.get(id)
    if (now && now.unit_price !== line.unit_price) {
      changes.push({ kind: "price", item_id: id, title: now.title, before: line.unit_price, after: now.unit_price })
    }
  }
  for (const [id, method] of before.shipping) {
    const now = after.shipping.get(id)
    if (!now || now.amount !== method.amount) {
      changes.push({ kind: "shipping", shipping_method_id: id, name: method.name, before: method.amount, after: now ? now.amount : null })
    }
  }
  const message = validationMessage("cart_changed", "cart", locale)
  return {
    type: "conflict",
    message,
    errors: [{ field: "cart", code: "cart_changed", message }],
    changes,
    totals: { before: before.total, after: after.total },
  }
}
