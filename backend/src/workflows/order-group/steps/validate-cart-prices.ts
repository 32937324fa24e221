import { ContainerRegistrationKeys, MathBN, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput, PricingContext } from "@medusajs/framework/types"
import type { CartChange } from "@tadamon/shared"
import { LocalizedFieldError } from "../../../utils/localized-field-error"

export type PricedCart = {
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  customer?: { id: string; groups?: Array<{ id: string } | null> | null } | null
  sales_channel_id?: string | null
  item_total: BigNumberInput
  total: BigNumberInput
  items: Array<{
    id: string
    title: string
    variant_id?: string | null
    quantity: BigNumberInput
    unit_price: BigNumberInput
    is_custom_price?: boolean | null
  }>
  shipping_methods?: Array<{ id: string; name: string; amount: BigNumberInput; shipping_option_id?: string | null } | null> | null
}

/**
 * Completion prices the cart afresh, under its lock, before any payment is authorized: each line's
 * unit price as Medusa's pricing computes it now (the same context as Medusa's cart refresh:
 * currency, region, customer and groups, quantity) and each shipping method's amount as its option
 * is priced now for this cart. Anything different means the customer last saw another total:
 * refused with 409 `cart_changed` and what changed (the route then refreshes the cart and answers
 * the new totals). A line that has no price any more is not for sale. Reading only.
 */
export const validateCartPricesStep = createStep("validate-cart-prices", async (cart: PricedCart, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const changes: CartChange[] = []

  const lines = cart.items.filter((item) => item.variant_id && !item.is_custom_price)
  const { data: variants } = lines.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "price_set.id"], filters: { id: lines.map((line) => line.variant_id as string) } })
    : { data: [] }
  const priceSetOf = new Map(variants.map((variant) => [variant.id, variant.price_set?.id]))
  const base = {
    currency_code: cart.currency_code,
    region_id: cart.region_id ?? undefined,
    customer_id: cart.customer_id ?? undefined,
    customer: cart.customer ? { id: cart.customer.id, groups: (cart.customer.groups ?? []).flatMap((group) => (group ? [{ id: group.id }] : [])) } : undefined,
  }
  // One pricing call per distinct quantity (tiered prices depend on it), not one per line.
  const byQuantity = new Map<number, string[]>()
  for (const line of lines) {
    const priceSetId = priceSetOf.get(line.variant_id as string)
    if (priceSetId) {
      byQuantity.set(Number(line.quantity), [...(byQuantity.get(Number(line.quantity)) ?? []), priceSetId])
    }
  }
  const priced = new Map<string, BigNumberInput | null | undefined>()
  await Promise.all(
    [...byQuantity].map(async ([quantity, priceSetIds]) => {
      const calculated = await pricing.calculatePrices({ id: [...new Set(priceSetIds)] }, { context: pricingContext({ ...base, quantity }) })
      for (const price of calculated) {
        priced.set(`${price.id}:${quantity}`, price.calculated_amount)
      }
    })
  )
  for (const line of lines) {
    const now = priced.get(`${priceSetOf.get(line.variant_id as string)}:${Number(line.quantity)}`)
    if (now === null || now === undefined) {
      throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, [{ field: "items", code: "not_for_sale", name: line.title }])
    }
    if (!MathBN.eq(now, line.unit_price)) {
      changes.push({ kind: "price", item_id: line.id, title: line.title, before: Number(line.unit_price), after: Number(now) })
    }
  }

  const methods = (cart.shipping_methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method] : []))
  if (methods.length) {
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "calculated_price.*"],
      filters: { id: methods.map((method) => method.shipping_option_id as string) },
      context: {
        calculated_price: QueryContext({
          currency_code: cart.currency_code,
          region_id: cart.region_id ?? undefined,
          sales_channel_id: cart.sales_channel_id ?? undefined,
          item_total: Number(cart.item_total),
          total: Number(cart.total),
        }),
      },
    })
    const priceOf = new Map(
      (options as Array<{ id: string; calculated_price?: { calculated_amount?: BigNumberInput | null } | null }>).map((option) => [
        option.id,
        option.calculated_price?.calculated_amount,
      ])
    )
    for (const method of methods) {
      const now = priceOf.get(method.shipping_option_id as string)
      if (now === null || now === undefined || !MathBN.eq(now, method.amount)) {
        changes.push({
          kind: "shipping",
          shipping_method_id: method.id,
          name: method.name,
          before: Number(method.amount),
          after: now === null || now === undefined ? null : Number(now),
        })
      }
    }
  }

  if (changes.length) {
    throw new LocalizedFieldError(MedusaError.Types.CONFLICT, [{ field: "cart", code: "cart_changed" }], { changes })
  }
  return new StepResponse(true)
})

/**
 * Medusa's pricing flattens a nested context (`customer.groups.id`), as its cart workflows pass it,
 * though the declared type lists scalar values only: the one cast at that boundary.
 */
function pricingContext(values: Record<string, unknown>): NonNullable<PricingContext["context"]> {
  return values as NonNullable<PricingContext["context"]>
}
