import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveSearchTargetsStep, type ResolveSearchTargetsInput } from "./steps/resolve-search-targets"
import { writeSearchDocumentsStep } from "./steps/write-search-documents"

/**
 * Keeps the search index in step with the catalog: for the records named, the records an event
 * touched, or everything (`all`, the rebuild). What the Store API would not show is removed.
 */
export const indexSearchDocumentsWorkflow = createWorkflow("index-search-documents", (input: ResolveSearchTargetsInput) => {
  const targets = resolveSearchTargetsStep(input)
  const counts = writeSearchDocumentsStep(targets)
  return new WorkflowResponse(counts)
})
