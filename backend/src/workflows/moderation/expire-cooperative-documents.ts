import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { documentExpired, CatalogEvents } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { recordModerationEventsStep } from "./steps/record-moderation-event"

export type ExpireCooperativeDocumentsWorkflowInput = { now?: string }

type Expired = { id: string; cooperative_id: string; type: string; valid_until: string }

/**
 * Verified documents whose validity ended and whose expiry is not logged yet. Read-only.
 * (Whether a document counts is always computed at read time; this only tells people.)
 */
const findNewlyExpiredDocumentsStep = createStep(
  "find-newly-expired-documents",
  async (input: ExpireCooperativeDocumentsWorkflowInput, { container }) => {
    const now = input.now ? new Date(input.now) : new Date()
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const verified = await service.listCooperativeDocuments(
      { status: "verified", valid_until: { $lt: now } },
      { select: ["id", "type", "valid_until", "cooperative_id"] }
    )
    const expired = verified.filter((document) => document.valid_until && documentExpired({ valid_until: document.valid_until }, now))
    if (!expired.length) {
      return new StepResponse([] as Expired[])
    }
    const logged = await service.listModerationEvents(
      { action: "expire_document", target_id: expired.map((document) => document.id) },
      { select: ["target_id"] }
    )
    const done = new Set(logged.map((event) => event.target_id))
    return new StepResponse(
      expired
        .filter((document) => !done.has(document.id))
        .map(
          (document): Expired => ({
            id: document.id,
            cooperative_id: document.cooperative_id,
            type: document.type,
            valid_until: new Date(document.valid_until as Date).toISOString().slice(0, 10),
          })
        )
    )
  }
)

/**
 * The daily check of documents: each verified document that expired is logged once in its
 * cooperative's moderation history (by the system) and its owner is told by email
 * (`cooperative_document.expired`).
 */
export const expireCooperativeDocumentsWorkflow = createWorkflow(
  "expire-cooperative-documents",
  (input: ExpireCooperativeDocumentsWorkflowInput) => {
    const expired = findNewlyExpiredDocumentsStep(input)
    when("log-expired-documents", { expired }, ({ expired }) => expired.length > 0).then(() => {
      recordModerationEventsStep(
        transform({ expired }, ({ expired }) =>
          expired.map((document) => ({
            cooperative_id: document.cooperative_id,
            action: "expire_document" as const,
            target_type: "document" as const,
            target_id: document.id,
            actor_id: null,
            details: { type: document.type, valid_until: document.valid_until },
          }))
        )
      )
      emitEventStep({
        eventName: CatalogEvents.DOCUMENT_EXPIRED,
        data: transform({ expired }, ({ expired }) =>
          expired.map((document) => ({ id: document.id, cooperative_id: document.cooperative_id, at: document.valid_until }))
        ),
      })
    })
    return new WorkflowResponse(expired)
  }
)
