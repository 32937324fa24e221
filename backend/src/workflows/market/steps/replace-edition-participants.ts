import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { ParticipantInput } from "../types"

export type ReplaceEditionParticipantsStepInput = { edition_id: string; participants: ParticipantInput[] }

type Snapshot = { id: string; cooperative_id: string; stand_number: string; edition_id: string }

/**
 * Makes the edition's stands exactly `participants`: the previous ones go, the new ones come.
 * The compensation removes the new stands and brings the previous ones back with their ids.
 */
export const replaceEditionParticipantsStep = createStep(
  "replace-edition-participants",
  async ({ edition_id, participants }: ReplaceEditionParticipantsStepInput, { container }) => {
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    const previous: Snapshot[] = (
      await market.listEditionParticipants({ edition_id }, { select: ["id", "cooperative_id", "stand_number"], take: null })
    ).map(({ id, cooperative_id, stand_number }) => ({ id, cooperative_id, stand_number, edition_id }))
    if (previous.length) {
      await market.deleteEditionParticipants(previous.map(({ id }) => id))
    }
    const created = participants.length
      ? await market.createEditionParticipants(participants.map((participant) => ({ ...participant, edition_id })))
      : []
    return new StepResponse(created, { previous, created: created.map(({ id }) => id) })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    if (undo.created.length) {
      await market.deleteEditionParticipants(undo.created)
    }
    if (undo.previous.length) {
      await market.createEditionParticipants(undo.previous)
    }
  }
)
