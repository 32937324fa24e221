import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { LocalizedFieldError, type FieldProblem } from "../../../utils/localized-field-error"
import { quantityProblem, unsellableLines, type LineToCheck } from "../utils/cart-lines"

/**
 * The cart-line rules (utils/cart-lines.ts) on every Medusa workflow that writes a line: creating a
 * cart with items, adding to a cart (Store API, sign-in merge), changing a line. Whatever the client
 * sends, a line is for sale and its quantity a whole number in range, or nothing is written and
 * the client gets a 400 naming the field, in its language.
 */

type NewLine = { variant_id?: string | null; quantity?: unknown }
/** What the add and update hooks read of the cart their core flow hands them (untyped there). */
type HookCart = { id: string; sales_channel_id?: string | null; locale?: string | null }

function refuse(problems: FieldProblem[]) {
  if (problems.length) {
    throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, problems)
  }
}

/** Field paths as the request spelled them: a single line is the body itself (`variant_id`). */
function fieldOf(items: unknown[], index: number, key: string) {
  return items.length === 1 ? key : `items.${index}.${key}`
}

async function checkNewLines(
  container: MedusaContainer,
  items: NewLine[],
  salesChannelId: string | null | undefined,
  locale: string | null | undefined,
  existingQuantity: (variantId: string) => number = () => 0
) {
  const problems: FieldProblem[] = items.flatMap((item, index) => {
    const field = fieldOf(items, index, "quantity")
    const own = quantityProblem(field, item.quantity)
    return own.length || !item.variant_id ? own : quantityProblem(field, existingQuantity(item.variant_id) + Number(item.quantity))
  })
  refuse(problems)
  const lines: LineToCheck[] = items.map((item, index) => ({ field: fieldOf(items, index, "variant_id"), variant_id: item.variant_id }))
  refuse(await unsellableLines(container, lines, salesChannelId, locale))
}

createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items: NewLine[] = input.items ?? []
  await checkNewLines(container, items, cart.sales_channel_id, cart.locale)
})

addToCartWorkflow.hooks.validate(async ({ input, cart: untyped }, { container }) => {
  const cart = untyped as HookCart
  const items: NewLine[] = input.items ?? []
  // Adding a variant already in the cart raises that line: the sum must stay in range too.
  const existing = await container.resolve(Modules.CART).listLineItems({ cart_id: cart.id }, { select: ["variant_id", "quantity"] })
  const quantities = new Map<string, number>()
  for (const line of existing) {
    if (line.variant_id) {
      quantities.set(line.variant_id, (quantities.get(line.variant_id) ?? 0) + Number(line.quantity))
    }
  }
  await checkNewLines(container, items, cart.sales_channel_id, cart.locale, (variantId) => quantities.get(variantId) ?? 0)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart: untyped }, { container }) => {
  const cart = untyped as HookCart
  const quantity = input.update?.quantity
  refuse(quantity === undefined ? [] : quantityProblem("quantity", quantity, { allowZero: true }))
  if (quantity === 0) {
    return // removes the line
  }
  const [line] = await container.resolve(Modules.CART).listLineItems({ id: input.item_id, cart_id: cart.id }, { select: ["variant_id", "title"] })
  if (line) {
    refuse(await unsellableLines(container, [{ field: "quantity", variant_id: line.variant_id, name: line.title }], cart.sales_channel_id, cart.locale))
  }
})
