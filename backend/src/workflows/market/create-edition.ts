import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchTranslationsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { createEditionStep } from "./steps/create-edition"
import { planEditionTranslationsStep } from "./steps/plan-edition-translations"
import { replaceEditionParticipantsStep } from "./steps/replace-edition-participants"
import { replaceProgramItemsStep } from "./steps/replace-program-items"
import { validateEditionStep } from "./steps/validate-edition"
import type { CreateEditionWorkflowInput, EditionRecord } from "./types"
import { programRecords, programTitles } from "../../domain/market/program"
import { CatalogEvents } from "@tadamon/shared"

/**
 * Creates a market edition with its stands and program, its name, venue and program titles in
 * Arabic (stored) and French and English (Translation Module). Emits `edition.created`.
 */
export const createEditionWorkflow = createWorkflow("create-edition", (input: CreateEditionWorkflowInput) => {
  const valid = validateEditionStep(transform({ input }, ({ input }) => ({ id: null, edition: input })))
  const edition = createEditionStep(transform({ valid }, ({ valid }) => valid.fields as EditionRecord))
  const editionId = transform({ edition }, ({ edition }) => edition.id)

  replaceEditionParticipantsStep(
    transform({ editionId, valid }, ({ editionId, valid }) => ({ edition_id: editionId, participants: valid.participants ?? [] }))
  )
  const program = replaceProgramItemsStep(
    transform({ editionId, valid }, ({ editionId, valid }) => ({ edition_id: editionId, items: programRecords(valid) }))
  )
  const plan = planEditionTranslationsStep(
    transform({ editionId, valid, program }, ({ editionId, valid, program }) => ({
      edition_id: editionId,
      edition: valid.translations,
      program_items: programTitles(program.created, valid),
      removed_program_item_ids: [],
    }))
  )
  when("write-edition-translations", { plan }, ({ plan }) => plan.create.length + plan.update.length + plan.delete.length > 0).then(() => {
    batchTranslationsWorkflow.runAsStep({ input: plan })
  })
  emitEventStep({ eventName: CatalogEvents.EDITION_CREATED, data: transform({ edition }, ({ edition }) => ({ id: edition.id, handle: edition.handle })) })
  return new WorkflowResponse(edition)
})
