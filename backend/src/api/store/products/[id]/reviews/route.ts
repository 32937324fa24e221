import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreProductReviewsResponse } from "@tadamon/shared"
import type { ReviewPageParamsType } from "../../../reviews/validators"
import { productReviews } from "../../../../utils/reviews"

/** `GET /store/products/:id/reviews?limit=&offset=`: the product's visible reviews, newest first, and its aggregate. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreProductReviewsResponse>) => {
  const { limit, offset } = req.validatedQuery as ReviewPageParamsType
  res.json(await productReviews(req.scope, req.params.id, limit ?? 10, offset ?? 0))
}
