import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { setUpCooperativeShippingWorkflow } from "../onboarding/set-up-cooperative-shipping"
import { getOwnProductStep, type OwnProductRef } from "./steps/get-own-product"
import { getStorefrontChannelStep } from "./steps/get-storefront-channel"
import { invalidField } from "../../utils/field-error"

export type SetCooperativeVariantStockWorkflowInput = {
  cooperative_id: string
  product_id: string
  variant_id: string
  quantity: number
}

/**
 * The variant is the product's (404 otherwise) and has an inventory item; the new quantity is
 * not below what orders already hold (`quantity` field error). Read-only.
 */
const prepareVariantStockStep = createStep(
  "prepare-cooperative-variant-stock",
  async (input: { product: OwnProductRef; variant_id: string; quantity: number }, { container }) => {
    const variant = input.product.variants.find((candidate) => candidate.id === input.variant_id)
    const inventoryItemId = variant?.inventory_item_ids[0]
    if (!variant || !inventoryItemId) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
    let level: { stocked_quantity: number; reserved_quantity: number } | null = null
    if (input.product.stock_location_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["stocked_quantity", "reserved_quantity"],
        filters: { inventory_item_id: inventoryItemId, location_id: input.product.stock_location_id },
      })
      level = data[0] ? { stocked_quantity: Number(data[0].stocked_quantity), reserved_quantity: Number(data[0].reserved_quantity) } : null
    }
    if (level && input.quantity < level.reserved_quantity) {
      throw invalidField("quantity", "too_small", `orders already hold ${level.reserved_quantity}`)
    }
    return new StepResponse({ inventory_item_id: inventoryItemId, has_level: !!level })
  }
)

/** The list's quick stock update: the variant's stocked quantity at the cooperative's location. */
export const setCooperativeVariantStockWorkflow = createWorkflow(
  "set-cooperative-variant-stock",
  (input: SetCooperativeVariantStockWorkflowInput) => {
    const product = getOwnProductStep(transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, product_id: input.product_id })))
    const prepared = prepareVariantStockStep(
      transform({ product, input }, ({ product, input }) => ({ product, variant_id: input.variant_id, quantity: input.quantity }))
    )
    const setup = when("set-up-cooperative-shipping-for-variant-stock", { product }, ({ product }) => !product.stock_location_id).then(() => {
      const channelId = getStorefrontChannelStep()
      return setUpCooperativeShippingWorkflow.runAsStep({
        input: transform({ input, channelId }, ({ input, channelId }) => ({ cooperative_id: input.cooperative_id, sales_channel_id: channelId })),
      })
    })
    const level = transform({ product, prepared, setup, input }, ({ product, prepared, setup, input }) => ({
      inventory_item_id: prepared.inventory_item_id,
      location_id: product.stock_location_id ?? setup?.stock_location_id ?? "",
      stocked_quantity: input.quantity,
    }))
    when("update-cooperative-variant-level", { prepared }, ({ prepared }) => prepared.has_level).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: transform({ level }, ({ level }) => ({ updates: [level] })) })
    })
    when("create-cooperative-variant-level", { prepared }, ({ prepared }) => !prepared.has_level).then(() => {
      createInventoryLevelsWorkflow.runAsStep({ input: transform({ level }, ({ level }) => ({ inventory_levels: [level] })) })
    })
    return new WorkflowResponse(level)
  }
)
