import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PlanStockLevelsInput = {
  product_id: string
  location_id: string
  /** Wanted stocked quantity by variant id. */
  by_variant: Record<string, number>
  /** Wanted stocked quantity by SKU (variants just created). */
  by_sku: Record<string, number>
}

export type StockLevelPlan = {
  create: Array<{ inventory_item_id: string; location_id: string; stocked_quantity: number }>
  update: Array<{ inventory_item_id: string; location_id: string; stocked_quantity: number }>
}

/** Which inventory levels at the cooperative's location to create or update for the wanted stock. Read-only. */
export const planStockLevelsStep = createStep("plan-cooperative-stock-levels", async (input: PlanStockLevelsInput, { container }) => {
  const plan: StockLevelPlan = { create: [], update: [] }
  if (!input.location_id) {
    return new StepResponse(plan)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { product_id: input.product_id },
  })
  const wanted = new Map<string, number>()
  for (const variant of variants) {
    const quantity = input.by_variant[variant.id] ?? (variant.sku ? input.by_sku[variant.sku] : undefined)
    const itemId = variant.inventory_items?.find((link) => !!link?.inventory_item_id)?.inventory_item_id
    if (quantity !== undefined && itemId) {
      wanted.set(itemId, quantity)
    }
  }
  if (!wanted.size) {
    return new StepResponse(plan)
  }
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "stocked_quantity"],
    filters: { inventory_item_id: [...wanted.keys()], location_id: input.location_id },
  })
  for (const [inventory_item_id, stocked_quantity] of wanted) {
    const level = levels.find((candidate) => candidate.inventory_item_id === inventory_item_id)
    if (!level) {
      plan.create.push({ inventory_item_id, location_id: input.location_id, stocked_quantity })
    } else if (Number(level.stocked_quantity) !== stocked_quantity) {
      plan.update.push({ inventory_item_id, location_id: input.location_id, stocked_quantity })
    }
  }
  return new StepResponse(plan)
})
