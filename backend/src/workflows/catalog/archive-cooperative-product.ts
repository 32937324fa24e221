import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { getOwnProductStep } from "./steps/get-own-product"

export type ArchiveCooperativeProductWorkflowInput = { cooperative_id: string; product_id: string }

/**
 * The cooperative archives a product: Medusa's deleteProductsWorkflow soft-deletes it (orders keep
 * their lines) and removes its links, so it leaves the store and the cooperative's list.
 */
export const archiveCooperativeProductWorkflow = createWorkflow(
  "archive-cooperative-product",
  (input: ArchiveCooperativeProductWorkflowInput) => {
    const product = getOwnProductStep(input)
    deleteProductsWorkflow.runAsStep({ input: transform({ product }, ({ product }) => ({ ids: [product.id] })) })
    return new WorkflowResponse(transform({ product }, ({ product }) => ({ id: product.id })))
  }
)
