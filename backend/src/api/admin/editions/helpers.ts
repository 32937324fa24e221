import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { LOCALE_TAGS, type AdminEdition, type LocalizedText } from "@tadamon/shared"
import {
  EDITION_SUMMARY_FIELDS,
  editionSummaryOf,
  newestFirst,
  PARTICIPANT_FIELDS,
  participantsOf,
  PROGRAM_FIELDS,
  programOf,
  type StoredEdition,
} from "../../store/editions/serializers"

type Texts = Map<string, Partial<Record<"fr" | "en", Record<string, unknown>>>>

function localized(texts: Texts, id: string, field: string, arabic: string): LocalizedText {
  const pick = (locale: "fr" | "en") => {
    const value = texts.get(id)?.[locale]?.[field]
    return typeof value === "string" && value.trim() ? value : arabic
  }
  return { ar: arabic, fr: pick("fr"), en: pick("en") }
}

/**
 * Editions as organizers see them (newest first): name, venue and program titles in Arabic, French
 * and English (a missing translation shows the Arabic), every stand whatever its cooperative's
 * status (cooperative names in Arabic). Two queries: the editions, then their translations.
 */
export async function listAdminEditions(scope: MedusaContainer, filters: { id?: string } = {}): Promise<AdminEdition[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "edition",
    fields: [...EDITION_SUMMARY_FIELDS, ...PARTICIPANT_FIELDS, ...PROGRAM_FIELDS],
    filters,
  })
  const editions = data as StoredEdition[]
  if (!editions.length) {
    return []
  }
  const ids = editions.flatMap((edition) => [edition.id, ...(edition.program_items ?? []).flatMap((item) => (item ? [item.id] : []))])
  const rows = await scope
    .resolve(Modules.TRANSLATION)
    .listTranslations(
      { reference_id: ids, locale_code: [LOCALE_TAGS.fr, LOCALE_TAGS.en] },
      { select: ["reference_id", "locale_code", "translations"], take: null }
    )
  const texts: Texts = new Map()
  for (const row of rows) {
    const locale = row.locale_code === LOCALE_TAGS.fr ? "fr" : "en"
    texts.set(row.reference_id, { ...texts.get(row.reference_id), [locale]: row.translations ?? {} })
  }
  const now = new Date()
  return editions
    .map((edition) => {
      const participants = participantsOf(edition, { approvedOnly: false })
      return {
        ...editionSummaryOf(edition, participants.length, now),
        name: localized(texts, edition.id, "name", edition.name),
        venue: localized(texts, edition.id, "venue", edition.venue),
        participants,
        program: programOf(edition).map((item) => ({ ...item, title: localized(texts, item.id, "title", item.title) })),
      }
    })
    .sort(newestFirst)
}

export async function retrieveAdminEdition(scope: MedusaContainer, id: string): Promise<AdminEdition> {
  const [edition] = await listAdminEditions(scope, { id })
  if (!edition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Edition ${id} was not found`)
  }
  return edition
}
