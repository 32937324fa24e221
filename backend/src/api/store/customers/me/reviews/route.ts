import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCustomerReviewsResponse } from "@tadamon/shared"
import type { StoreCustomerReviewsParamsType } from "../../../reviews/validators"
import { customerReviews } from "../../../../utils/reviews"

/** `GET /store/customers/me/reviews?order_id=`: the signed-in customer's own reviews (which lines are done). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCustomerReviewsResponse>) => {
  const { order_id } = req.validatedQuery as StoreCustomerReviewsParamsType
  res.json({ reviews: await customerReviews(req.scope, req.auth_context.actor_id, order_id) })
}
