import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
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
import { queryRows } from "../../../../../utils/query-rows"
import { completeCartWithCooperativeOrdersWorkflow } from "../../../../../workflows/order-group/complete-cart-with-cooperative-orders"
import { checkoutFailureOf, type CheckoutFailure } from "../../../../../domain/orders/checkout-failure"
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

  const completion = await completeWithRetries(req, cartId)
  if ("orderGroupId" in completion) {
    const group = await groupOfCart(req, cartId, completion.orderGroupId)
    if (!group) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Order group ${completion.orderGroupId} was not found`)
    }
    res.json(await placed(req, group))
    return
  }
  // A concurrent completion of the same cart won the race: answer its group.
  const winner = await groupOfCart(req, cartId)
  if (winner) {
    res.json(await placed(req, winner))
    return
  }
  const { failure } = completion
  switch (failure.kind) {
    case "field_problems":
      // Prices or shipping changed since the customer last saw the cart: the cart takes the new
      // ones (Medusa's own refresh) and the customer sees what changed before confirming again.
      if (readLocalizedFieldError(failure.error)?.problems.some((problem) => problem.code === "cart_changed")) {
        res.status(409).json(await refreshChangedCart(req, cartId, locale))
        return
      }
      throw failure.error // answered in the request's language by the API's error handler
    case "out_of_stock":
      refuse(409, "out_of_stock", "items", await shortLineTitle(req, cartId))
      return
    case "payment_declined": {
      // Medusa's own answer to a payment that did not go through: 200 with the cart and the error,
      // so standard clients keep the customer on the payment step.
      const text = validationMessage("payment_declined", "payment_collection", locale)
      res.json({
        type: "cart",
        cart: await cartOf(req, cartId),
        error: { message: text, name: "Error", type: failure.type },
        errors: [{ field: "payment_collection", code: "payment_declined", message: text }],
      })
      return
    }
    case "payment_required":
      refuse(400, "payment_required", "payment_collection", "")
      return
    case "busy":
      refuse(409, "try_again", "cart", "")
      return
    case "unexpected":
      throw failure.error
  }
}

/**
 * Runs the completion, again when it only failed to get the cart's lock in time (many buyers of
 * the same stock at once): a failed run leaves nothing behind, so another attempt is safe.
 */
async function completeWithRetries(
  req: MedusaStoreRequest,
  cartId: string,
  attempts = 3
): Promise<{ orderGroupId: string } | { failure: CheckoutFailure }> {
  for (let attempt = 1; ; attempt++) {
    const { result, errors } = await completeCartWithCooperativeOrdersWorkflow(req.scope).run({
      input: { cart_id: cartId, locale: req.locale },
      throwOnError: false,
    })
    if (!errors.length) {
      return { orderGroupId: result.order_group_id }
    }
    const failure = checkoutFailureOf(errors)
    if (failure.kind !== "busy" || attempt >= attempts) {
      return { failure }
    }
  }
}

/** Medusa's success answer (the first cooperative's order, in the fields the request asked for) with the group beside it. */
async function placed(req: MedusaStoreRequest, group: StoreOrderGroup): Promise<StoreCompleteCartResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    rows: [order],
  } = await queryRows<HttpTypes.StoreOrder>(
    query,
    { entity: "order", fields: req.queryConfig.fields, filters: { id: group.orders[0]?.id } },
    { locale: req.locale }
  )
  if (!order) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Order group ${group.id} has no order`)
  }
  return { type: "order", order, order_group: group }
}

/** The cart as Medusa's own completion answers it when payment fails (its default Store API fields). */
async function cartOf(req: MedusaStoreRequest, cartId: string): Promise<HttpTypes.StoreCart> {
  return (await refetchCart(cartId, req.scope, defaultStoreCartFields)) as HttpTypes.StoreCart
}

async function groupOfCart(req: MedusaStoreRequest, cartId: string, id?: string) {
  const { groups } = await listStoreOrderGroups(req.scope, id ? { id } : { cart_id: cartId }, { skip: 0, take: 1 })
  return groups[0] ?? null
}

/**
 * The line whose stock ran out: the first whose quantity is now above what its variant has for the
 * cart's sales channel (Medusa's availability, as the Store API shows it), or the only line; the
 * first line's title when the others took the units back meanwhile.
 */
async function shortLineTitle(req: MedusaStoreRequest, cartId: string): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph(
    {
      entity: "cart",
      fields: ["sales_channel_id", "items.title", "items.variant_title", "items.variant_id", "items.quantity"],
      filters: { id: cartId },
    },
    { locale: req.locale }
  )
  type Line = { title: string; variant_title?: string | null; variant_id?: string | null; quantity: unknown }
  const lines = ((cart?.items ?? []) as Array<Line | null>).flatMap((line) => (line ? [line] : []))
  const variantIds = lines.flatMap((line) => line.variant_id ?? [])
  const availability =
    cart?.sales_channel_id && variantIds.length
      ? await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: cart.sales_channel_id })
      : {}
  const short = lines.find((line) => line.variant_id && Number(line.quantity) > (availability[line.variant_id]?.availability ?? 0))
  const line = short ?? lines[0]
  return line ? [line.title, line.variant_title].filter(Boolean).join(" — ") : ""
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
