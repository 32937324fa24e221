import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchTranslationsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { planEditionTranslationsStep } from "./steps/plan-edition-translations"
import { replaceEditionParticipantsStep } from "./steps/replace-edition-participants"
import { replaceProgramItemsStep } from "./steps/replace-program-items"
import { updateEditionStep } from "./steps/update-edition"
import { validateEditionStep } from "./steps/validate-edition"
import type { UpdateEditionWorkflowInput } from "./types"
import { programRecords, programTitles } from "../../domain/market/program"
import { CatalogEvents } from "@tadamon/shared"

/**
 * Changes an edition: any of its fields, and, when given, its whole list of stands or its whole
 * program, all or nothing (a failure restores the edition, its stands, program and translations).
 * Emits `edition.updated`.
 */
export const updateEditionWorkflow = createWorkflow("update-edition", (input: UpdateEditionWorkflowInput) => {
  const valid = validateEditionStep(
    transform({ input }, ({ input: { id, ...edition } }) => ({ id, edition }))
  )
  updateEditionStep(transform({ input, valid }, ({ input, valid }) => ({ id: input.id, fields: valid.fields })))

  when("replace-participants", { valid }, ({ valid }) => valid.participants !== null).then(() => {
    replaceEditionParticipantsStep(
      transform({ input, valid }, ({ input, valid }) => ({ edition_id: input.id, participants: valid.participants ?? [] }))
    )
  })
  const program = when("replace-program", { valid }, ({ valid }) => valid.program !== null).then(() =>
    replaceProgramItemsStep(transform({ input, valid }, ({ input, valid }) => ({ edition_id: input.id, items: programRecords(valid) })))
  )
  const plan = planEditionTranslationsStep(
    transform({ input, valid, program }, ({ input, valid, program }) => ({
      edition_id: input.id,
      edition: valid.translations,
      program_items: programTitles(program?.created ?? [], valid),
      removed_program_item_ids: program?.removed_ids ?? [],
    }))
  )
  when("write-edition-translations", { plan }, ({ plan }) => plan.create.length + plan.update.length + plan.delete.length > 0).then(() => {
    batchTranslationsWorkflow.runAsStep({ input: plan })
  })
  emitEventStep({
    eventName: CatalogEvents.EDITION_UPDATED,
    data: transform({ input, valid }, ({ input, valid }) => ({ id: input.id, handle: valid.handle })),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
