import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { getOwnDocumentsStep } from "./steps/validate-documents"
import { updateCooperativeDocumentsStep } from "./steps/update-cooperative-records"
import { invalidField } from "./utils/field-error"

export type VerifyCooperativeDocumentWorkflowInput = {
  cooperative_id: string
  document_id: string
  decision: "verify" | "refuse"
  reason?: string | null
  /** The organizer (admin user id). */
  user_id: string
}

const validateDocumentDecisionStep = createStep(
  "validate-cooperative-document-decision",
  async (input: VerifyCooperativeDocumentWorkflowInput) => {
    const reason = input.reason?.trim() || null
    if (input.decision === "refuse" && !reason) {
      throw invalidField("reason", "reason_required")
    }
    return new StepResponse(reason)
  }
)

/**
 * An organizer verifies a cooperative's document (it counts while unexpired; labels backed by
 * it show in the store) or refuses it with a reason the cooperative reads. A verified document
 * can be refused later (its labels then disappear from the store at once).
 */
export const verifyCooperativeDocumentWorkflow = createWorkflow(
  "verify-cooperative-document",
  (input: VerifyCooperativeDocumentWorkflowInput) => {
    getOwnDocumentsStep(transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, document_ids: [input.document_id] })))
    const reason = validateDocumentDecisionStep(input)
    const updated = updateCooperativeDocumentsStep(
      transform({ input, reason }, ({ input, reason }) => [
        {
          id: input.document_id,
          status: input.decision === "verify" ? ("verified" as const) : ("refused" as const),
          verified_at: new Date(),
          verified_by: input.user_id,
          refusal_reason: input.decision === "verify" ? null : reason,
        },
      ])
    )
    emitEventStep({
      eventName: "cooperative_document.reviewed",
      data: transform({ input }, ({ input }) => ({ id: input.document_id, cooperative_id: input.cooperative_id, decision: input.decision })),
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
