import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCooperativeDocumentsStep } from "./steps/delete-cooperative-documents"
import { getOwnDocumentsStep } from "./steps/validate-documents"
import { stateConflict } from "../../utils/state-conflict"

export type DeleteCooperativeDocumentWorkflowInput = { cooperative_id: string; document_id: string }

/** Only documents nothing relies on yet may go: a verified one backs labels and the application. */
const validateDocumentDeletableStep = createStep(
  "validate-cooperative-document-deletable",
  async (documents: Array<{ id: string; status: string }>) => {
    const verified = documents.find((document) => document.status === "verified")
    if (verified) {
      throw stateConflict(`Document ${verified.id} is verified and cannot be deleted`)
    }
    return new StepResponse(documents.map((document) => document.id))
  }
)

/** A cooperative withdraws a pending or refused document (soft delete). */
export const deleteCooperativeDocumentWorkflow = createWorkflow(
  "delete-cooperative-document",
  (input: DeleteCooperativeDocumentWorkflowInput) => {
    const documents = getOwnDocumentsStep(
      transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, document_ids: [input.document_id] }))
    )
    const ids = validateDocumentDeletableStep(documents)
    deleteCooperativeDocumentsStep(ids)
    return new WorkflowResponse(ids)
  }
)
