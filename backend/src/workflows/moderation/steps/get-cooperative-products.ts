import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ChannelledProduct } from "../../../domain/moderation/product-channels"

/** A cooperative's products with their status, sales channels and shipping profile. Read-only. */
export const getCooperativeProductsStep = createStep(
  "get-cooperative-products",
  async (input: { cooperative_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cooperative],
    } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters: { id: input.cooperative_id } })
    const ids = (cooperative?.products ?? []).flatMap((product) => (product ? [product.id] : []))
    if (!ids.length) {
      return new StepResponse([] as ChannelledProduct[])
    }
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "sales_channels.id", "shipping_profile.id"],
      filters: { id: ids },
    })
    const products: ChannelledProduct[] = data.map((product) => ({
      id: product.id,
      status: product.status,
      sales_channel_ids: (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
      shipping_profile_id: product.shipping_profile?.id ?? null,
    }))
    return new StepResponse(products)
  }
)
