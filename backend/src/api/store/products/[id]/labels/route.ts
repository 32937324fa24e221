import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreProductLabelsResponse } from "@tadamon/shared"
import { storeLabelsOf } from "../../labels"

/**
 * The labels (verified, unexpired IGP/organic certificates) a product on sale shows. A product the
 * publishable key's channels do not sell, or not published, is not found.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<StoreProductLabelsResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { data: onSale } = salesChannelIds.length
    ? await query.graph({
        entity: "product_sales_channel",
        fields: ["product_id"],
        filters: { product_id: req.params.id, sales_channel_id: salesChannelIds },
      })
    : { data: [] }
  const { data: published } = onSale.length
    ? await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.id, status: ProductStatus.PUBLISHED } })
    : { data: [] }
  if (!published.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  const labels = await storeLabelsOf(req.scope, [req.params.id])
  res.json({ labels: labels.get(req.params.id) ?? [] })
}
