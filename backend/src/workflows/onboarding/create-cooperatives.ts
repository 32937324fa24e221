import { createTranslationsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOCALE_TAGS, CatalogEvents } from "@tadamon/shared"
import type { CreateTranslationDTO } from "@medusajs/framework/types"
import { createCooperativesStep } from "./steps/create-cooperatives"
import { validateCooperativesStep } from "./steps/validate-cooperatives"
import type { CooperativeInput } from "./types"

export type CreateCooperativesWorkflowInput = {
  cooperatives: CooperativeInput[]
}

/**
 * Creates cooperatives (pending unless told otherwise) with their French and English text
 * stored through Medusa's Translation Module.
 */
export const createCooperativesWorkflow = createWorkflow(
  "create-cooperatives",
  (input: CreateCooperativesWorkflowInput) => {
    const valid = validateCooperativesStep(input)
    const cooperatives = createCooperativesStep(valid)

    const translations = transform({ cooperatives, valid }, ({ cooperatives, valid }) =>
      cooperatives.flatMap((cooperative, index) =>
        Object.entries(valid[index].translations ?? {}).flatMap(([locale, text]) =>
          text && Object.keys(text).length
            ? [
                {
                  reference: "cooperative",
                  reference_id: cooperative.id,
                  locale_code: LOCALE_TAGS[locale as keyof typeof LOCALE_TAGS],
                  translations: text,
                } satisfies CreateTranslationDTO,
              ]
            : []
        )
      )
    )
    createTranslationsWorkflow.runAsStep({ input: { translations } })

    const eventData = transform({ cooperatives }, ({ cooperatives }) => cooperatives.map(({ id }) => ({ id })))
    emitEventStep({ eventName: CatalogEvents.COOPERATIVE_CREATED, data: eventData })

    return new WorkflowResponse(cooperatives)
  }
)
