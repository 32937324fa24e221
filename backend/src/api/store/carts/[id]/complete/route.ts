import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  validationMessage,
  type StoreCompleteCartResponse,
  type StoreValidationErrorResponse,
  type ValidationCode,
} from "@tadamon/shared"
import { completeCartWithCooperativeOrdersWorkflow } from "../../../../../workflows/order-group/complete-cart-with-cooperative-orders"
import { MissingShippingMethodError, splitCartByCooperative, type CooperativeRef, type SplittableCart } from "../../../../../workflows/order-group/utils/split-cart"
import { listStoreOrderGroups } from "../../../../utils/order-groups"
import { requestLocale } from "../../../../utils/request-locale"

type Response = StoreCompleteCartResponse | StoreValidationErrorResponse

/**
 * Replaces Medusa's single-order completion: one order group, one order per cooperative.
 * Completing the same cart again answers the same group.
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
    res.json({ type: "order_group", order_group: existing })
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
    res.json({ type: "order_group", order_group: group })
  } catch (error) {
    // A concurrent completion of the same cart won the race: answer its group.
    const winner = await groupOfCart(req, cartId)
    if (winner) {
      res.json({ type: "order_group", order_group: winner })
      return
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
    if (/payment authorization failed|more information is required for payment|was not authorized with the provider/i.test(message)) {
      refuse(402, "payment_declined", "payment_collection", "")
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
