import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The product fields the listing workflows read. */
export const OWN_PRODUCT_FIELDS = [
  "id",
  "title",
  "description",
  "status",
  "metadata",
  "images.url",
  "images.rank",
  "categories.id",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.variant_rank",
  "variants.options.value",
  "variants.price_set.prices.amount",
  "variants.price_set.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "sales_channels.id",
  "cooperative.id",
  "cooperative.handle",
  "cooperative.status",
  "cooperative.stock_location.id",
  "cooperative_documents.id",
]

/**
 * The cooperative's own product: another cooperative's (or nobody's) product is not found
 * (404), so nobody learns that it exists.
 */
export async function getOwnProduct(container: MedusaContainer, cooperativeId: string, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: OWN_PRODUCT_FIELDS, filters: { id: productId } })
  if (!product || product.cooperative?.id !== cooperativeId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  }
  return product
}

export type OwnProductRef = {
  id: string
  status: string
  cooperative_status: string
  sales_channel_ids: string[]
  metadata: Record<string, unknown> | null
  variants: Array<{ id: string; inventory_item_ids: string[] }>
  stock_location_id: string | null
}

/** A product of the cooperative, in the short form the status and stock workflows need. Read-only. */
export const getOwnProductStep = createStep(
  "get-own-cooperative-product",
  async (input: { cooperative_id: string; product_id: string }, { container }) => {
    const product = await getOwnProduct(container, input.cooperative_id, input.product_id)
    const ref: OwnProductRef = {
      id: product.id,
      status: product.status,
      cooperative_status: product.cooperative?.status ?? "pending",
      sales_channel_ids: (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
      metadata: product.metadata ?? null,
      variants: (product.variants ?? []).map((variant) => ({
        id: variant.id,
        inventory_item_ids: (variant.inventory_items ?? []).flatMap((link) => (link?.inventory_item_id ? [link.inventory_item_id] : [])),
      })),
      stock_location_id: product.cooperative?.stock_location?.id ?? null,
    }
    return new StepResponse(ref)
  }
)
