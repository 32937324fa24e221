import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreReviewAggregatesResponse } from "@tadamon/shared"
import { cooperativeAggregate, productAggregates } from "../../../utils/reviews"
import type { StoreReviewAggregatesParamsType } from "../validators"

/**
 * `GET /store/reviews/aggregates?product_id=…&product_id=…&cooperative_id=…`: average and count of
 * visible reviews per product (product cards, search results) and over a cooperative's products.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreReviewAggregatesResponse>) => {
  const { product_id, cooperative_id } = req.validatedQuery as StoreReviewAggregatesParamsType
  const products = await productAggregates(req.scope, product_id ?? [])
  res.json(cooperative_id ? { products, cooperative: await cooperativeAggregate(req.scope, cooperative_id) } : { products })
}
