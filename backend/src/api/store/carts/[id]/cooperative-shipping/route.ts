import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreCooperativeShippingResponse } from "@tadamon/shared"
import { groupCartByCooperative, type CooperativeOfProduct, type OptionDetails, type PricedOption } from "./helpers"

type Linked<T> = T | null | undefined

/**
 * The cart's lines grouped by cooperative, each group with its subtotal, the shipping options
 * Medusa offers it for this cart (priced for the cart, so "free from" thresholds and the shipping
 * address's service zone apply) and the option chosen, in the request's locale.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<StoreCooperativeShippingResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cartId = req.params.id

  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    // A cart-level total field makes the cart module compute totals, the lines' included.
    fields: ["id", "locale", "item_total", "items.id", "items.product_id", "items.total", "shipping_methods.shipping_option_id"],
    filters: { id: cartId },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id ${cartId} was not found`)
  }
  const locale = req.locale ?? cart.locale ?? undefined
  const lines = (cart.items ?? []).flatMap((item: Linked<{ id: string; product_id: string | null; total: unknown }>) =>
    item ? [{ id: item.id, product_id: item.product_id, total: Number(item.total ?? 0) }] : []
  )
  const productIds = [...new Set(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])))]

  const { data: productRows } = productIds.length
    ? await query.graph(
        {
          entity: "product",
          fields: [
            "id",
            "cooperative.id",
            "cooperative.handle",
            "cooperative.name",
            "cooperative.shipping_profile.id",
            "cooperative.shipping_profile.shipping_options.id",
          ],
          filters: { id: productIds },
        },
        { locale }
      )
    : { data: [] }
  const products: CooperativeOfProduct[] = []
  const candidateOptionIds = new Set<string>()
  for (const row of productRows) {
    const cooperative = row.cooperative
    if (!cooperative) {
      continue
    }
    const profile = cooperative.shipping_profile
    products.push({
      product_id: row.id,
      cooperative: { id: cooperative.id, handle: cooperative.handle, name: cooperative.name, shipping_profile_id: profile?.id ?? null },
    })
    for (const option of profile?.shipping_options ?? []) {
      if (option) {
        candidateOptionIds.add(option.id)
      }
    }
  }

  // Priced by Medusa for this cart, limited to the options of the cooperatives in it.
  let priced: PricedOption[] = []
  if (candidateOptionIds.size) {
    const { result } = await listShippingOptionsForCartWithPricingWorkflow(req.scope).run({
      input: { cart_id: cart.id, options: [...candidateOptionIds].map((id) => ({ id })) },
    })
    priced = result.map((option: { id: string; amount?: unknown }) => ({ id: option.id, amount: Number(option.amount ?? 0) }))
  }

  const selectedOptionIds = (cart.shipping_methods ?? []).flatMap((method: Linked<{ shipping_option_id: string | null }>) =>
    method?.shipping_option_id ? [method.shipping_option_id] : []
  )
  const detailIds = [...new Set([...priced.map((option) => option.id), ...selectedOptionIds])]
  const { data: detailRows } = detailIds.length
    ? await query.graph(
        { entity: "shipping_option", fields: ["id", "name", "shipping_profile_id", "metadata"], filters: { id: detailIds } },
        { locale }
      )
    : { data: [] }

  const details: OptionDetails[] = detailRows
  res.json(groupCartByCooperative({ lines, products, priced, details, selectedOptionIds }))
}
