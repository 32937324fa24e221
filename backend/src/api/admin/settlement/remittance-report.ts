import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminCashClaim, AdminRemittanceListResponse, RemittanceImport } from "@tadamon/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { VENDOR_ORDER_SUMMARY_FIELDS } from "../../../domain/orders/vendor-order"
import {
  isRemittanceId,
  remittanceNames,
  openClaims,
  remittanceReferences,
  toCashClaims,
  toRemittanceImport,
  toRemittanceSummary,
  uniqueIds,
  type CashClaimOrder,
} from "../../../domain/settlement/remittance-rules"
import { queryRows } from "../../../utils/query-rows"

/**
 * Reading what organizers confirm of cash on delivery: imported remittance statements with each
 * line's outcome, and the cash cooperatives declared collected that is not confirmed yet. The
 * rules of what is shown are in `remittance-rules.ts`; these functions only load the records.
 */

type Scope = Pick<MedusaContainer, "resolve">

/** Display ids of orders and names of cooperatives, for reports. */
async function namesOf(scope: Scope, orderIds: string[], cooperativeIds: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] as Array<{ id: string; display_id: number }> }
  const { data: cooperatives } = cooperativeIds.length
    ? await query.graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: cooperativeIds } })
    : { data: [] as Array<{ id: string; name: string }> }
  return remittanceNames(orders, cooperatives)
}

/** One import with its lines in file order (404 for an unknown id). */
export async function loadRemittance(scope: Scope, id: string): Promise<RemittanceImport> {
  const settlement: SettlementModuleService = scope.resolve(SETTLEMENT_MODULE)
  const [record] = isRemittanceId(id) ? await settlement.listCodRemittances({ id }) : []
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Remittance ${id} was not found`)
  }
  const lines = await settlement.listCodRemittanceLines({ remittance_id: id }, { order: { line: "ASC" } })
  const { orderIds, cooperativeIds } = remittanceReferences(lines)
  return toRemittanceImport(record, lines, await namesOf(scope, orderIds, cooperativeIds))
}

/** Past imports, newest first. */
export async function listRemittances(scope: Scope, page: { limit: number; offset: number }): Promise<AdminRemittanceListResponse> {
  const settlement: SettlementModuleService = scope.resolve(SETTLEMENT_MODULE)
  const [records, count] = await settlement.listAndCountCodRemittances({}, { order: { created_at: "DESC" }, take: page.limit, skip: page.offset })
  return { remittances: records.map(toRemittanceSummary), count, limit: page.limit, offset: page.offset }
}

/** At most this many claims are listed (the oldest still open). */
const MAX_CLAIMS = 500

/**
 * Cash-on-delivery orders whose cash a cooperative declared collected while Amana or the solidarity
 * store holds it, not confirmed yet, oldest claim first (see `openClaims` and `toCashClaims`).
 */
export async function loadCashClaims(scope: Scope): Promise<AdminCashClaim[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: claimed }, { data: closed }] = await Promise.all([
    query.graph({ entity: "order_progress_event", fields: ["order_id", "created_at"], filters: { event: "cash_claimed" } }),
    query.graph({ entity: "order_progress_event", fields: ["order_id"], filters: { event: ["cash_collected", "cancelled"] } }),
  ])
  const claims = openClaims(claimed, closed.map((event) => event.order_id), MAX_CLAIMS)
  const orderIds = uniqueIds(claims.map((claim) => claim.order_id))
  if (!orderIds.length) {
    return []
  }
  const { rows } = await queryRows<CashClaimOrder>(query, {
    entity: "order",
    fields: [...VENDOR_ORDER_SUMMARY_FIELDS, "status", "cooperative.name"],
    filters: { id: orderIds },
  })
  return toCashClaims(rows)
}
