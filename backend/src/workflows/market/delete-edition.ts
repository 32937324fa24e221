import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteTranslationsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { deleteEditionStep, getEditionTranslationIdsStep } from "./steps/delete-edition"
import { getEditionStep } from "./steps/get-edition"
import type { DeleteEditionWorkflowInput } from "./types"
import { CatalogEvents } from "@tadamon/shared"

/**
 * Deletes an edition (soft: its stands and program go with it, its handle is free again) and its
 * translations. Emits `edition.deleted`.
 */
export const deleteEditionWorkflow = createWorkflow("delete-edition", (input: DeleteEditionWorkflowInput) => {
  const edition = getEditionStep(input.id)
  const translationIds = getEditionTranslationIdsStep(input.id)
  deleteEditionStep(input.id)
  when("delete-edition-translations", { translationIds }, ({ translationIds }) => translationIds.length > 0).then(() => {
    deleteTranslationsWorkflow.runAsStep({ input: transform({ translationIds }, ({ translationIds }) => ({ ids: translationIds })) })
  })
  emitEventStep({ eventName: CatalogEvents.EDITION_DELETED, data: transform({ edition }, ({ edition }) => ({ id: edition.id, handle: edition.handle })) })
  return new WorkflowResponse(edition)
})
