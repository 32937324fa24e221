import type SettlementModuleService from "../../modules/settlement/service"

export const PLATFORM_SCOPE = "platform"

/** The rate (percent) that applies to a cooperative's new sales: its override, else the platform rate, else 0. */
export async function commissionRateFor(settlement: SettlementModuleService, cooperativeId: string): Promise<number> {
  const rates = await settlement.listCommissionRates({ scope: [cooperativeId, PLATFORM_SCOPE] })
  const own = rates.find((rate) => rate.scope === cooperativeId)
  const platform = rates.find((rate) => rate.scope === PLATFORM_SCOPE)
  return Number(own?.rate ?? platform?.rate ?? 0)
}
