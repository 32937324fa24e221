import { editionStatus, type EditionParticipant, type ProgramItem, type ProgramKind, type StoreEditionSummary } from "@tadamon/shared"
import { compareStandNumbers } from "../../../domain/market/calendar"

/** query.graph fields of an edition, its stands (with their cooperative, read through the link) and its program. */
export const EDITION_SUMMARY_FIELDS = ["id", "handle", "name", "venue", "province", "starts_on", "ends_on", "edition_number"] as const
export const PARTICIPANT_FIELDS = [
  "participants.id",
  "participants.stand_number",
  "participants.cooperative.id",
  "participants.cooperative.handle",
  "participants.cooperative.name",
  "participants.cooperative.logo",
  "participants.cooperative.sector",
  "participants.cooperative.province",
  "participants.cooperative.status",
] as const
export const PROGRAM_FIELDS = [
  "program_items.id",
  "program_items.kind",
  "program_items.title",
  "program_items.day",
  "program_items.starts_at",
  "program_items.ends_at",
] as const

type StoredCooperative = { id: string; handle: string; name: string; logo?: string | null; sector: string; province: string; status: string }
export type StoredParticipant = { id: string; stand_number: string; cooperative?: StoredCooperative | null }
export type StoredProgramItem = { id: string; kind: string; title: string; day: string; starts_at: string; ends_at?: string | null }
export type StoredEdition = {
  id: string
  handle: string
  name: string
  venue: string
  province: string
  starts_on: string
  ends_on: string
  edition_number?: number | null
  participants?: (StoredParticipant | null)[] | null
  program_items?: (StoredProgramItem | null)[] | null
}

/** The stands whose cooperative still exists (and, with `approvedOnly`, is approved), by stand number. */
export function participantsOf(edition: StoredEdition, { approvedOnly }: { approvedOnly: boolean }): EditionParticipant[] {
  return (edition.participants ?? [])
    .flatMap((participant) => {
      const cooperative = participant?.cooperative
      if (!participant || !cooperative || (approvedOnly && cooperative.status !== "approved")) {
        return []
      }
      return [
        {
          stand_number: participant.stand_number,
          cooperative: {
            id: cooperative.id,
            handle: cooperative.handle,
            name: cooperative.name,
            logo: cooperative.logo ?? null,
            sector: cooperative.sector,
            province: cooperative.province,
          },
        },
      ]
    })
    .sort((a, b) => compareStandNumbers(a.stand_number, b.stand_number))
}

/** The program by day and time. */
export function programOf(edition: StoredEdition): ProgramItem[] {
  return (edition.program_items ?? [])
    .flatMap((item) =>
      item
        ? [{ id: item.id, kind: item.kind as ProgramKind, title: item.title, day: item.day, starts_at: item.starts_at, ends_at: item.ends_at ?? null }]
        : []
    )
    .sort((a, b) => a.day.localeCompare(b.day) || a.starts_at.localeCompare(b.starts_at) || a.title.localeCompare(b.title))
}

/** An edition's summary, its status computed at `now` (Moroccan days). */
export function editionSummaryOf(edition: StoredEdition, participantCount: number, now: Date): StoreEditionSummary {
  return {
    id: edition.id,
    handle: edition.handle,
    name: edition.name,
    province: edition.province,
    venue: edition.venue,
    starts_on: edition.starts_on,
    ends_on: edition.ends_on,
    status: editionStatus(edition, now),
    participant_count: participantCount,
    edition_number: edition.edition_number ?? null,
  }
}

/** Newest first: the latest first day, then the handle for a stable order. */
export function newestFirst(a: { starts_on: string; handle: string }, b: { starts_on: string; handle: string }): number {
  return b.starts_on.localeCompare(a.starts_on) || a.handle.localeCompare(b.handle)
}
