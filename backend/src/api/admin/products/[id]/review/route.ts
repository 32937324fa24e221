import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewProductResponse, VendorProductStatus } from "@tadamon/shared"
import { reviewProductWorkflow } from "../../../../../workflows/cooperative/review-product"
import { withFieldErrors } from "../../../../utils/vendor-validation"
import type { AdminReviewProductType } from "./validators"

/** An organizer publishes a cooperative's proposed product, or rejects it with a reason. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewProductType>, res: MedusaResponse<AdminReviewProductResponse>) => {
  const reviewed = await withFieldErrors(req, res, () =>
    reviewProductWorkflow(req.scope).run({
      input: { product_id: req.params.id, ...req.validatedBody, reviewer_id: req.auth_context.actor_id },
    })
  )
  if (!reviewed) {
    return
  }
  const { id, review } = reviewed.result
  res.json({ product: { id, status: review.status as VendorProductStatus, review } })
}
