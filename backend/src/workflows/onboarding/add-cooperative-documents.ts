import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCooperativeDocumentsStep } from "./steps/create-cooperative-documents"
import { validateNewDocumentsStep, type ValidateNewDocumentsInput } from "./steps/validate-documents"
import { CatalogEvents } from "@tadamon/shared"

/** A cooperative files documents (pending until an organizer verifies them). */
export const addCooperativeDocumentsWorkflow = createWorkflow("add-cooperative-documents", (input: ValidateNewDocumentsInput) => {
  const valid = validateNewDocumentsStep(input)
  const documents = createCooperativeDocumentsStep(valid)
  emitEventStep({
    eventName: CatalogEvents.DOCUMENT_CREATED,
    data: transform({ documents }, ({ documents }) => documents.map(({ id, cooperative_id }) => ({ id, cooperative_id }))),
  })
  return new WorkflowResponse(documents)
})
