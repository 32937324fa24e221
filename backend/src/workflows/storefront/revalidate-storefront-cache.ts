import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revalidateStorefrontCacheStep } from "./steps/revalidate-storefront-cache"

export const revalidateStorefrontCacheWorkflow = createWorkflow(
  "revalidate-storefront-cache",
  (input: { tags: string[] }) => new WorkflowResponse(revalidateStorefrontCacheStep(input))
)
