import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCommissionResponse, AdminUpdateCommissionRequest } from "@tadamon/shared"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import { updateCommissionRatesWorkflow } from "../../../../workflows/settlement/update-commission-rates"
import { PLATFORM_SCOPE } from "../../../../domain/settlement/commission"

async function commission(scope: Pick<MedusaContainer, "resolve">): Promise<AdminCommissionResponse> {
  const settlement: SettlementModuleService = scope.resolve(SETTLEMENT_MODULE)
  const rates = await settlement.listCommissionRates({}, { order: { created_at: "ASC" } })
  const overrides = rates.filter((rate) => rate.scope !== PLATFORM_SCOPE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives } = overrides.length
    ? await query.graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: overrides.map((rate) => rate.scope) } })
    : { data: [] as Array<{ id: string; name: string }> }
  const names = new Map(cooperatives.map((cooperative) => [cooperative.id, cooperative.name]))
  return {
    commission: {
      rate: Number(rates.find((rate) => rate.scope === PLATFORM_SCOPE)?.rate ?? 0),
      overrides: overrides.map((rate) => ({ cooperative_id: rate.scope, cooperative_name: names.get(rate.scope) ?? null, rate: Number(rate.rate) })),
    },
  }
}

/** `GET /admin/settlement/commission`: the platform rate (0 until set) and per-cooperative overrides, in percent. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCommissionResponse>) => {
  res.json(await commission(req.scope))
}

/** `POST /admin/settlement/commission` `{ rate?, overrides?: [{ cooperative_id, rate | null }] }`: applies to sales recorded from now on. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCommissionRequest>, res: MedusaResponse<AdminCommissionResponse>) => {
  await updateCommissionRatesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(await commission(req.scope))
}
