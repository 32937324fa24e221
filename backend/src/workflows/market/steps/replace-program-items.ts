import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProgramKind } from "@tadamon/shared"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

/** A program item's stored columns (title in Arabic). */
export type ProgramItemRecord = { kind: ProgramKind; title: string; day: string; starts_at: string; ends_at: string | null }

export type ReplaceProgramItemsStepInput = { edition_id: string; items: ProgramItemRecord[] }

type Snapshot = ProgramItemRecord & { id: string; edition_id: string }

/**
 * Makes the edition's program exactly `items` (in that order). Returns the new items and the ids
 * of the removed ones (whose translations go too). The compensation restores the previous program.
 */
export const replaceProgramItemsStep = createStep(
  "replace-program-items",
  async ({ edition_id, items }: ReplaceProgramItemsStepInput, { container }) => {
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    const previous: Snapshot[] = (
      await market.listProgramItems({ edition_id }, { select: ["id", "kind", "title", "day", "starts_at", "ends_at"], take: null })
    ).map(({ id, kind, title, day, starts_at, ends_at }) => ({ id, kind, title, day, starts_at, ends_at: ends_at ?? null, edition_id }))
    if (previous.length) {
      await market.deleteProgramItems(previous.map(({ id }) => id))
    }
    const created = items.length ? await market.createProgramItems(items.map((item) => ({ ...item, edition_id }))) : []
    return new StepResponse(
      { created, removed_ids: previous.map(({ id }) => id) },
      { previous, created: created.map(({ id }) => id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    if (undo.created.length) {
      await market.deleteProgramItems(undo.created)
    }
    if (undo.previous.length) {
      await market.createProgramItems(undo.previous)
    }
  }
)
