import type { ProgramItemRecord } from "../../workflows/market/steps/replace-program-items"
import type { LocalizedText } from "@tadamon/shared"
import type { ValidEdition } from "../../workflows/market/types"

/** The program's stored columns (Arabic titles), in the order given. */
export function programRecords(valid: ValidEdition): ProgramItemRecord[] {
  return (valid.program ?? []).map(({ title, ...item }) => ({ ...item, title: title.ar }))
}

type CreatedItem = { id: string; title: string; day: string; starts_at: string }

/**
 * The new program items with their titles in every language: each created item matched to the
 * input it came from (same Arabic title, day and time), not trusting the order the module returns.
 */
export function programTitles(created: CreatedItem[], valid: ValidEdition): Array<{ id: string; title: LocalizedText }> {
  const inputs = [...(valid.program ?? [])]
  return created.map((item) => {
    const index = inputs.findIndex((input) => input.title.ar === item.title && input.day === item.day && input.starts_at === item.starts_at)
    const [input] = index >= 0 ? inputs.splice(index, 1) : []
    return { id: item.id, title: input?.title ?? { ar: item.title, fr: item.title, en: item.title } }
  })
}
