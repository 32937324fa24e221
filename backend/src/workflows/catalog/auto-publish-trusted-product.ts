import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewProductWorkflow } from "../moderation/review-product"

export type AutoPublishTrustedProductWorkflowInput = { product_id: string }

/** Whether the product waits for review and its cooperative is trusted. Read-only. */
const checkAutoPublishStep = createStep("check-auto-publish", async (input: AutoPublishTrustedProductWorkflowInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", "status", "cooperative.trusted"], filters: { id: input.product_id } })
  return new StepResponse(!!product && product.status === "proposed" && product.cooperative?.trusted === true)
})

/**
 * Run at the end of the cooperative's product workflows (create, update, submit): a proposed
 * product of a trusted cooperative is published at once, through the organizers' own review
 * workflow (so it is logged, as automatic). Anything else is left as it is.
 */
export const autoPublishTrustedProductWorkflow = createWorkflow(
  "auto-publish-trusted-product",
  (input: AutoPublishTrustedProductWorkflowInput) => {
    const publish = checkAutoPublishStep(input)
    const published = when("publish-for-trusted-cooperative", { publish }, ({ publish }) => publish).then(() =>
      reviewProductWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          product_id: input.product_id,
          decision: "publish" as const,
          reviewer_id: null,
          automatic: true,
        })),
      })
    )
    return new WorkflowResponse(transform({ published }, ({ published }) => !!published))
  }
)
