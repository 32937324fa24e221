import type { AdminEditionInput, Locale, LocalizedText, ProgramKind } from "@tadamon/shared"

export type ParticipantInput = { cooperative_id: string; stand_number: string }
export type ProgramItemInput = { kind: ProgramKind; title: LocalizedText; day: string; starts_at: string; ends_at?: string | null }

/** A new edition: the Admin API's body (`AdminEditionInput`). */
export type CreateEditionWorkflowInput = AdminEditionInput

/** Changes to an edition; `participants` and `program`, when given, replace the whole list. */
export type UpdateEditionWorkflowInput = { id: string } & Partial<AdminEditionInput>

export type DeleteEditionWorkflowInput = { id: string }

/** The edition's own columns (texts in Arabic, the stored base language). */
export type EditionRecord = {
  handle: string
  name: string
  venue: string
  province: string
  starts_on: string
  ends_on: string
  edition_number: number | null
}

export type TranslatedLocale = Exclude<Locale, "ar">

/** What the validation step hands on: checked, trimmed, split into base text and translations. */
export type ValidEdition = {
  id: string | null
  /** The edition's handle once written (the new one, or the one it keeps). */
  handle: string
  fields: Partial<EditionRecord>
  /** French and English of the edition's name and venue, for the fields given. */
  translations: Partial<Record<TranslatedLocale, { name?: string; venue?: string }>>
  participants: ParticipantInput[] | null
  program: Array<Omit<ProgramItemInput, "title" | "ends_at"> & { title: LocalizedText; ends_at: string | null }> | null
}
