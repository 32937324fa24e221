import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminProductModerationResponse, AdminReviewProductResponse, ProductReview } from "@tadamon/shared"
import { reviewProductWorkflow } from "../../../../../workflows/moderation/review-product"
import type { AdminReviewProductType } from "./validators"

/** An organizer publishes a cooperative's proposed product, or rejects it with a reason. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewProductType>, res: MedusaResponse<AdminReviewProductResponse>) => {
  const reviewed = await reviewProductWorkflow(req.scope).run({
    input: { product_id: req.params.id, ...req.validatedBody, reviewer_id: req.auth_context.actor_id },
  })
  const { id, review } = reviewed.result
  res.json({ product: { id, status: review.status, review } })
}

/** Where a product stands in moderation: its status, the last review and its cooperative (null for the platform's own products). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminProductModerationResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "status", "metadata", "cooperative.id", "cooperative.name", "cooperative.status", "cooperative.trusted"],
    filters: { id: req.params.id },
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  }
  const review = (product.metadata as { review?: ProductReview } | null)?.review ?? null
  res.json({
    product: { id: product.id, status: product.status, review },
    cooperative: product.cooperative
      ? {
          id: product.cooperative.id,
          name: product.cooperative.name,
          status: product.cooperative.status,
          trusted: product.cooperative.trusted === true,
        }
      : null,
  })
}
