import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_TYPES_WITH_EXPIRY, documentExpired, type DocumentType, CatalogEvents } from "@tadamon/shared"
import { recordModerationEventStep } from "./steps/record-moderation-event"
import { getOwnDocumentsStep } from "../onboarding/steps/validate-documents"
import { updateCooperativeDocumentsStep } from "../onboarding/steps/update-cooperative-records"
import { parseDay } from "../onboarding/utils/documents"
import { invalidField } from "../../utils/field-error"

export type VerifyCooperativeDocumentWorkflowInput = {
  cooperative_id: string
  document_id: string
  decision: "verify" | "refuse"
  reason?: string | null
  /** `YYYY-MM-DD`: the expiry the organizer read on the document (verify only); the filed one otherwise. */
  valid_until?: string | null
  /** The organizer (admin user id). */
  user_id: string
}

type StoredDocument = { id: string; type: string; valid_until: Date | string | null }
/** `valid_until` as an ISO date-time: step results are serialized. */
type CheckedDecision = { reason: string | null; valid_until: string | null; change_expiry: boolean }

/**
 * Checks the decision before anything is written: a refusal needs a reason; a verification needs
 * an expiry date (given now or filed with the document) for the types that expire, and that date
 * must be a real day not already past.
 */
const validateDocumentDecisionStep = createStep(
  "validate-cooperative-document-decision",
  async ({ input, documents }: { input: VerifyCooperativeDocumentWorkflowInput; documents: StoredDocument[] }) => {
    const document = documents[0]
    const reason = input.reason?.trim() || null
    if (input.decision === "refuse") {
      if (!reason) {
        throw invalidField("reason", "reason_required")
      }
      return new StepResponse<CheckedDecision>({ reason, valid_until: null, change_expiry: false })
    }
    let validUntil: Date | null = document.valid_until ? new Date(document.valid_until) : null
    let change = false
    if (input.valid_until) {
      validUntil = parseDay(input.valid_until)
      if (!validUntil) {
        throw invalidField("valid_until", "invalid_date")
      }
      change = true
    }
    if (!validUntil && DOCUMENT_TYPES_WITH_EXPIRY.includes(document.type as DocumentType)) {
      throw invalidField("valid_until", "required")
    }
    if (validUntil && documentExpired({ valid_until: validUntil })) {
      throw invalidField("valid_until", "date_in_past")
    }
    return new StepResponse<CheckedDecision>({ reason: null, valid_until: validUntil ? validUntil.toISOString() : null, change_expiry: change })
  }
)

/**
 * An organizer verifies a cooperative's document with its expiry (it counts until that day ends;
 * labels backed by it show in the store) or refuses it with a reason the cooperative reads. A
 * verified document can be refused later (its labels then disappear from the store at once). The
 * decision is logged; `cooperative_document.reviewed` tells the owner by email.
 */
export const verifyCooperativeDocumentWorkflow = createWorkflow(
  "verify-cooperative-document",
  (input: VerifyCooperativeDocumentWorkflowInput) => {
    const documents = getOwnDocumentsStep(
      transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, document_ids: [input.document_id] }))
    )
    const checked = validateDocumentDecisionStep({ input, documents })
    const updated = updateCooperativeDocumentsStep(
      transform({ input, checked }, ({ input, checked }) => [
        {
          id: input.document_id,
          status: input.decision === "verify" ? ("verified" as const) : ("refused" as const),
          verified_at: new Date(),
          verified_by: input.user_id,
          refusal_reason: input.decision === "verify" ? null : checked.reason,
          ...(checked.change_expiry && checked.valid_until ? { valid_until: new Date(checked.valid_until) } : {}),
        },
      ])
    )
    recordModerationEventStep(
      transform({ input, checked, documents }, ({ input, checked, documents }) => ({
        cooperative_id: input.cooperative_id,
        action: input.decision === "verify" ? ("verify_document" as const) : ("refuse_document" as const),
        target_type: "document" as const,
        target_id: input.document_id,
        actor_id: input.user_id,
        reason: checked.reason,
        details: {
          type: documents[0].type,
          valid_until: checked.valid_until ? checked.valid_until.slice(0, 10) : null,
        },
      }))
    )
    emitEventStep({
      eventName: CatalogEvents.DOCUMENT_REVIEWED,
      data: transform({ input, checked }, ({ input, checked }) => ({
        id: input.document_id,
        cooperative_id: input.cooperative_id,
        decision: input.decision,
        reason: checked.reason,
        at: new Date().toISOString(),
      })),
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
