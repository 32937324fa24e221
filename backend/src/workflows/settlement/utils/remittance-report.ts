import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  CURRENCY_CODE,
  type AdminCashClaim,
  type AdminRemittanceListResponse,
  type RemittanceImport,
  type RemittanceLine,
  type RemittanceOutcome,
  type RemittanceRowError,
  type RemittanceSummary,
} from "@tadamon/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { orderProgress } from "../../vendor-order/utils/order-progress"
import { vendorPayment, VENDOR_ORDER_SUMMARY_FIELDS, type VendorOrderEntity } from "../../vendor-order/utils/vendor-order"

/**
 * Reading what organizers confirm of cash on delivery: imported remittance statements with each
 * line's outcome, and the cash cooperatives declared collected that is not confirmed yet.
 */

type Scope = Pick<MedusaContainer, "resolve">
type Num = number | string | { toString(): string } | null | undefined
const num = (value: Num) => (value === null || value === undefined ? null : Number(value))

type RemittanceRecord = {
  id: string
  carrier: string
  filename?: string | null
  imported_by?: string | null
  currency_code: string
  line_count: number
  captured_count: number
  flagged_count: number
  captured_amount: Num
  created_at: string | Date
}
type LineRecord = {
  line: number
  tracking_number?: string | null
  amount?: Num
  paid_on?: string | null
  outcome: string
  error?: string | null
  order_id?: string | null
  cooperative_id?: string | null
  expected_amount?: Num
  delivery_recorded: boolean
  message?: string | null
}

function toSummary(record: RemittanceRecord): RemittanceSummary {
  return {
    id: record.id,
    carrier: "amana",
    filename: record.filename ?? null,
    imported_at: new Date(record.created_at).toISOString(),
    imported_by: record.imported_by ?? null,
    line_count: record.line_count,
    captured_count: record.captured_count,
    flagged_count: record.flagged_count,
    captured_amount: num(record.captured_amount) ?? 0,
    currency_code: record.currency_code || CURRENCY_CODE,
  }
}

/** Display ids of orders and names of cooperatives, for reports. */
async function namesOf(scope: Scope, orderIds: string[], cooperativeIds: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] as Array<{ id: string; display_id: number }> }
  const { data: cooperatives } = cooperativeIds.length
    ? await query.graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: cooperativeIds } })
    : { data: [] as Array<{ id: string; name: string }> }
  return {
    displayIds: new Map(orders.map((order) => [order.id, Number(order.display_id)])),
    cooperatives: new Map(cooperatives.map((cooperative) => [cooperative.id, { id: cooperative.id, name: cooperative.name }])),
  }
}

const unique = (values: Array<string | null | undefined>) => [...new Set(values.flatMap((value) => (value ? [value] : [])))]

/** One import with its lines in file order (404 for an unknown id). */
export async function loadRemittance(scope: Scope, id: string): Promise<RemittanceImport> {
  const settlement: SettlementModuleService = scope.resolve(SETTLEMENT_MODULE)
  // Ids are word characters: anything else (a NUL from a decoded path) is no import, never a database error.
  const [record] = /^[\w-]+$/.test(id) ? ((await settlement.listCodRemittances({ id })) as unknown as RemittanceRecord[]) : []
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Remittance ${id} was not found`)
  }
  const lines = (await settlement.listCodRemittanceLines({ remittance_id: id }, { order: { line: "ASC" } })) as unknown as LineRecord[]
  const { displayIds, cooperatives } = await namesOf(
    scope,
    unique(lines.map((line) => line.order_id)),
    unique(lines.map((line) => line.cooperative_id))
  )
  return {
    ...toSummary(record),
    lines: lines.map(
      (line): RemittanceLine => ({
        line: line.line,
        tracking_number: line.tracking_number ?? null,
        amount: num(line.amount),
        paid_on: line.paid_on ?? null,
        outcome: line.outcome as RemittanceOutcome,
        error: (line.error ?? null) as RemittanceRowError | null,
        order_id: line.order_id ?? null,
        order_display_id: line.order_id ? (displayIds.get(line.order_id) ?? null) : null,
        cooperative: line.cooperative_id ? (cooperatives.get(line.cooperative_id) ?? null) : null,
        expected_amount: num(line.expected_amount),
        delivery_recorded: line.delivery_recorded,
        message: line.message ?? null,
      })
    ),
  }
}

/** Past imports, newest first. */
export async function listRemittances(scope: Scope, page: { limit: number; offset: number }): Promise<AdminRemittanceListResponse> {
  const settlement: SettlementModuleService = scope.resolve(SETTLEMENT_MODULE)
  const [records, count] = (await settlement.listAndCountCodRemittances(
    {},
    { order: { created_at: "DESC" }, take: page.limit, skip: page.offset }
  )) as unknown as [RemittanceRecord[], number]
  return { remittances: records.map(toSummary), count, limit: page.limit, offset: page.offset }
}

/** At most this many claims are listed (the most recent). */
const MAX_CLAIMS = 500

/**
 * Cash-on-delivery orders whose cash a cooperative declared collected while Amana or the solidarity
 * store holds it, not confirmed yet, oldest claim first.
 */
export async function loadCashClaims(scope: Scope): Promise<AdminCashClaim[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: claims } = await query.graph({
    entity: "order_progress_event",
    fields: ["order_id", "created_at"],
    filters: { event: "cash_claimed" },
    pagination: { order: { created_at: "DESC" }, take: MAX_CLAIMS },
  })
  const orderIds = unique(claims.map((claim) => claim.order_id))
  if (!orderIds.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "order",
    fields: [...VENDOR_ORDER_SUMMARY_FIELDS, "status", "cooperative.name"],
    filters: { id: orderIds },
  })
  const orders = data as unknown as Array<VendorOrderEntity & { cooperative?: { id: string; name?: string } | null }>
  return orders
    .flatMap((order): AdminCashClaim[] => {
      const payment = vendorPayment(order)
      const progress = orderProgress(order)
      if ((payment.status !== "awaiting_remittance" && payment.status !== "awaiting_till") || !payment.claimed_at) {
        return []
      }
      return [
        {
          order_id: order.id,
          order_display_id: order.display_id,
          cooperative: order.cooperative ? { id: order.cooperative.id, name: order.cooperative.name ?? "" } : null,
          cash_holder: payment.status === "awaiting_remittance" ? "carrier" : "organizers",
          amount: payment.amount,
          currency_code: order.currency_code,
          claimed_at: payment.claimed_at,
          tracking_number: progress.tracking?.tracking_number ?? null,
          delivered: progress.status === "delivered",
        },
      ]
    })
    .sort((a, b) => a.claimed_at.localeCompare(b.claimed_at))
}
