import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { PLATFORM_SCOPE } from "../../../domain/settlement/commission"

export type SetCommissionRatesInput = { rate?: number; overrides?: Array<{ cooperative_id: string; rate: number | null }> }

type Snapshot = Array<{ scope: string; cooperative_id: string | null; rate: number | null }>

/**
 * Sets the platform rate and per-cooperative overrides (`rate: null` removes one). Compensation puts
 * back every rate it changed as it was.
 */
export const setCommissionRatesStep = createStep(
  "set-commission-rates",
  async (input: SetCommissionRatesInput, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const wanted: Snapshot = [
      ...(input.rate === undefined ? [] : [{ scope: PLATFORM_SCOPE, cooperative_id: null, rate: input.rate }]),
      ...(input.overrides ?? []).map((override) => ({ scope: override.cooperative_id, cooperative_id: override.cooperative_id, rate: override.rate })),
    ]
    const current = await settlement.listCommissionRates({ scope: wanted.map((rate) => rate.scope) })
    const previous: Snapshot = wanted.map(({ scope, cooperative_id }) => {
      const found = current.find((rate) => rate.scope === scope)
      return { scope, cooperative_id, rate: found ? Number(found.rate) : null }
    })
    await applyRates(settlement, wanted)
    return new StepResponse(void 0, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await applyRates(container.resolve(SETTLEMENT_MODULE), previous)
    }
  }
)

async function applyRates(settlement: SettlementModuleService, rates: Snapshot) {
  const current = await settlement.listCommissionRates({ scope: rates.map((rate) => rate.scope) })
  const byScope = new Map(current.map((rate) => [rate.scope, rate]))
  const removed = rates.filter((rate) => rate.rate === null && byScope.has(rate.scope)).map((rate) => byScope.get(rate.scope)!.id)
  const updated = rates.flatMap((rate) => (rate.rate !== null && byScope.has(rate.scope) ? [{ id: byScope.get(rate.scope)!.id, rate: rate.rate }] : []))
  const created = rates.flatMap((rate) =>
    rate.rate !== null && !byScope.has(rate.scope) ? [{ scope: rate.scope, cooperative_id: rate.cooperative_id, rate: rate.rate }] : []
  )
  if (removed.length) {
    await settlement.deleteCommissionRates(removed)
  }
  if (updated.length) {
    await settlement.updateCommissionRates(updated)
  }
  if (created.length) {
    await settlement.createCommissionRates(created)
  }
}
