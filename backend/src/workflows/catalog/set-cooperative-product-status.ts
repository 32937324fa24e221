import { ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { getOwnProductStep, type OwnProductRef } from "./steps/get-own-product"
import { autoPublishTrustedProductWorkflow } from "./auto-publish-trusted-product"
import { stateConflict } from "../../utils/state-conflict"

export type SetCooperativeProductStatusWorkflowInput = {
  cooperative_id: string
  product_id: string
  /** `draft` unpublishes or withdraws from review; `proposed` submits a draft or rejected product. */
  status: "draft" | "proposed"
}

const FROM: Record<SetCooperativeProductStatusWorkflowInput["status"], string[]> = {
  draft: [ProductStatus.DRAFT, ProductStatus.PROPOSED, ProductStatus.PUBLISHED, ProductStatus.REJECTED],
  proposed: [ProductStatus.DRAFT, ProductStatus.REJECTED, ProductStatus.PROPOSED],
}

const validateStatusChangeStep = createStep(
  "validate-cooperative-product-status",
  async (input: { product: OwnProductRef; status: SetCooperativeProductStatusWorkflowInput["status"] }) => {
    if (!FROM[input.status].includes(input.product.status)) {
      throw stateConflict(`A ${input.product.status} product cannot be set to ${input.status}`)
    }
    return new StepResponse(input.product)
  }
)

/**
 * The cooperative unpublishes a product (draft, out of the store) or submits it for review
 * (proposed). Publishing is the organizers' decision (`reviewProductWorkflow`).
 */
export const setCooperativeProductStatusWorkflow = createWorkflow(
  "set-cooperative-product-status",
  (input: SetCooperativeProductStatusWorkflowInput) => {
    const found = getOwnProductStep(transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, product_id: input.product_id })))
    const product = validateStatusChangeStep(transform({ found, input }, ({ found, input }) => ({ product: found, status: input.status })))
    const updated = updateProductsWorkflow.runAsStep({
      input: transform({ product, input }, ({ product, input }) => ({
        products: [
          {
            id: product.id,
            status: input.status === "draft" ? ProductStatus.DRAFT : ProductStatus.PROPOSED,
            // Neither a draft nor a proposed product is sold anywhere.
            sales_channels: [],
          },
        ],
      })),
    })
    autoPublishTrustedProductWorkflow.runAsStep({ input: transform({ product }, ({ product }) => ({ product_id: product.id })) })
    return new WorkflowResponse(updated)
  }
)
