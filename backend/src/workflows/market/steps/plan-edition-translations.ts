import type { CreateTranslationDTO, UpdateTranslationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOCALE_TAGS, type LocalizedText } from "@tadamon/shared"
import type { TranslatedLocale, ValidEdition } from "../types"

export type PlanEditionTranslationsStepInput = {
  edition_id: string
  edition: ValidEdition["translations"]
  /** The program's new items with their titles in every language. */
  program_items: Array<{ id: string; title: LocalizedText }>
  /** Program items that were removed: their translations go. */
  removed_program_item_ids: string[]
}

export type EditionTranslationsPlan = { create: CreateTranslationDTO[]; update: UpdateTranslationDTO[]; delete: string[] }

const TRANSLATED: TranslatedLocale[] = ["fr", "en"]

/**
 * What to write to Medusa's Translation Module (references `edition` and `program_item`): the
 * edition's French and English merged into its stored rows, one row per language for each new
 * program item, removal of the rows of items that are gone. Reads only.
 */
export const planEditionTranslationsStep = createStep(
  "plan-edition-translations",
  async (input: PlanEditionTranslationsStepInput, { container }) => {
    const translation = container.resolve(Modules.TRANSLATION)
    const stored = await translation.listTranslations(
      { reference_id: [input.edition_id, ...input.removed_program_item_ids] },
      { select: ["id", "reference_id", "locale_code", "translations"], take: null }
    )
    const plan: EditionTranslationsPlan = { create: [], update: [], delete: [] }
    for (const locale of TRANSLATED) {
      const given = input.edition[locale]
      if (!given || !Object.keys(given).length) {
        continue
      }
      const row = stored.find((candidate) => candidate.reference_id === input.edition_id && candidate.locale_code === LOCALE_TAGS[locale])
      if (row) {
        plan.update.push({ id: row.id, translations: { ...((row.translations ?? {})), ...given } })
      } else {
        plan.create.push({ reference: "edition", reference_id: input.edition_id, locale_code: LOCALE_TAGS[locale], translations: given })
      }
    }
    for (const item of input.program_items) {
      for (const locale of TRANSLATED) {
        plan.create.push({
          reference: "program_item",
          reference_id: item.id,
          locale_code: LOCALE_TAGS[locale],
          translations: { title: item.title[locale] },
        })
      }
    }
    const removed = new Set(input.removed_program_item_ids)
    plan.delete = stored.filter((row) => removed.has(row.reference_id)).map((row) => row.id)
    return new StepResponse(plan)
  }
)
