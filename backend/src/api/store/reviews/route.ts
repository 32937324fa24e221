import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ApiErrorResponse, StoreReviewResponse } from "@tadamon/shared"
import { toStoreReview } from "../../../domain/reviews/present"
import { createReviewWorkflow } from "../../../workflows/review/create-review"
import type { StoreCreateReviewBodyType } from "./validators"

/**
 * `POST /store/reviews`: the signed-in customer reviews a delivered line of their own order, once
 * (404 for a line not theirs, 400 before delivery, 409 the second time).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateReviewBodyType>,
  res: MedusaResponse<StoreReviewResponse | ApiErrorResponse>
) => {
  // The middleware signs the customer in; checked again so no path around it reaches the workflow.
  if (req.auth_context?.actor_type !== "customer" || !req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to review a product")
  }
  const body = req.validatedBody
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { ...body, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ review: toStoreReview(result) })
}
