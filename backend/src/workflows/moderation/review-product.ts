import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ModerationEvents, type ProductReview } from "@tadamon/shared"
import { getStorefrontChannelStep } from "../catalog/steps/get-storefront-channel"
import { recordModerationEventStep } from "./steps/record-moderation-event"
import { invalidField } from "../../utils/field-error"
import { wantedChannels } from "../../domain/moderation/product-channels"
import { stateConflict } from "../../utils/state-conflict"

export type ReviewProductWorkflowInput = {
  product_id: string
  decision: "publish" | "reject"
  reason?: string | null
  /** The organizer (admin user id); null when the system publishes for a trusted cooperative. */
  reviewer_id: string | null
  /** Published without review because the cooperative is trusted (recorded in the log). */
  automatic?: boolean
}

/**
 * A cooperative's product under review: publish a proposed one, reject a proposed or published one
 * (with a reason); 404 for a product of no cooperative, 409 otherwise. Read-only.
 */
const validateReviewStep = createStep("validate-product-review", async (input: ReviewProductWorkflowInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", "title", "status", "cooperative.id", "cooperative.status"], filters: { id: input.product_id } })
  if (!product?.cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
  }
  const reason = input.reason?.trim() || null
  if (input.decision === "reject" && !reason) {
    throw invalidField("reason", "reason_required")
  }
  const allowed = input.decision === "publish" ? [ProductStatus.PROPOSED] : [ProductStatus.PROPOSED, ProductStatus.PUBLISHED]
  if (!allowed.includes(product.status as ProductStatus)) {
    throw stateConflict(`A ${product.status} product cannot be ${input.decision === "publish" ? "published" : "rejected"}`)
  }
  const review: ProductReview = {
    status: input.decision === "publish" ? "published" : "rejected",
    reason: input.decision === "publish" ? null : reason,
    at: new Date().toISOString(),
  }
  return new StepResponse({
    id: product.id,
    title: product.title,
    cooperative_id: product.cooperative.id,
    cooperative_approved: product.cooperative.status === "approved",
    review,
  })
})

/**
 * The organizers publish or reject a cooperative's product. The decision is stored where the
 * cooperative reads it (`metadata.review`); a published product of an approved cooperative goes
 * into the storefront's sales channel, any other leaves every channel. The decision is logged;
 * `product.reviewed` tells the cooperative's owner by email (not for automatic publications).
 */
export const reviewProductWorkflow = createWorkflow("review-product", (input: ReviewProductWorkflowInput) => {
  const checked = validateReviewStep(input)
  const channelId = getStorefrontChannelStep()
  const updated = updateProductsWorkflow.runAsStep({
    input: transform({ checked, channelId }, ({ checked, channelId }) => {
      const status = checked.review.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.REJECTED
      return {
        products: [
          {
            id: checked.id,
            status,
            metadata: { review: checked.review },
            sales_channels: wantedChannels(status, checked.cooperative_approved, channelId).map((id) => ({ id })),
          },
        ],
      }
    }),
  })
  recordModerationEventStep(
    transform({ checked, input }, ({ checked, input }) => ({
      cooperative_id: checked.cooperative_id,
      action: input.decision === "publish" ? ("publish_product" as const) : ("reject_product" as const),
      target_type: "product" as const,
      target_id: checked.id,
      actor_id: input.reviewer_id,
      reason: checked.review.reason,
      details: { title: checked.title, ...(input.automatic ? { automatic: true } : {}) },
    }))
  )
  emitEventStep({
    eventName: ModerationEvents.PRODUCT_REVIEWED,
    data: transform({ checked, input }, ({ checked, input }) => ({
      id: checked.id,
      cooperative_id: checked.cooperative_id,
      decision: input.decision,
      reason: checked.review.reason,
      reviewer_id: input.reviewer_id,
      automatic: !!input.automatic,
      at: checked.review.at,
    })),
  })
  return new WorkflowResponse(transform({ checked, updated }, ({ checked }) => checked))
})
