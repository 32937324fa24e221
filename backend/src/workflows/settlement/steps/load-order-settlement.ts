import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_PROVIDERS } from "@tadamon/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { cashHolderOf, orderShippingKind, SHIPPING_KIND_FIELDS } from "../../../domain/settlement/cash-holder"
import { commissionRateFor } from "../../../domain/settlement/commission"
import { round2 } from "../../../domain/settlement/money"
import type { OrderSettlement } from "../../../domain/settlement/order-ledger"
import { queryRows } from "../../../utils/query-rows"

type Num = number | string | { toString(): string } | null | undefined
type DateLike = string | Date | null | undefined
type SettlementOrder = {
  id: string
  status: string
  currency_code: string
  cooperative?: { id: string } | null
  shipping_methods?: Array<{ metadata?: Record<string, unknown> | null } | null> | null
  fulfillments?: Array<{ delivered_at?: DateLike; canceled_at?: DateLike } | null> | null
  payment_collections?: Array<{
    payments?: Array<{
      provider_id?: string | null
      amount: Num
      canceled_at?: DateLike
      captures?: Array<{ amount: Num; created_at?: DateLike } | null> | null
      refunds?: Array<{ id: string; amount: Num; created_at?: DateLike } | null> | null
    } | null> | null
  } | null> | null
}

const time = (value: DateLike) => (value ? new Date(value).getTime() : 0)

/**
 * Reads whether an order is delivered and paid, who holds its cash, its refunds, and what the
 * ledger holds of it (null without an order: a payment or fulfillment that belongs to none).
 */
export const loadOrderSettlementStep = createStep("load-order-settlement", async (input: { order_id: string | null }, { container }) => {
  if (!input.order_id) {
    return new StepResponse<OrderSettlement | null>(null)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    rows: [order],
  } = await queryRows<SettlementOrder>(query, {
    entity: "order",
    fields: [
      "id",
      "status",
      "currency_code",
      "cooperative.id",
      ...SHIPPING_KIND_FIELDS,
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.captures.created_at",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.created_at",
    ],
    filters: { id: input.order_id },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
  }
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).flatMap((p) => (p ? [p] : []))
  const captures = payments.flatMap((payment) => (payment.captures ?? []).flatMap((capture) => (capture ? [capture] : [])))
  const captured = round2(captures.reduce((sum, capture) => sum + Number(capture.amount ?? 0), 0))
  const due = round2(payments.filter((payment) => !payment.canceled_at).reduce((sum, payment) => sum + Number(payment.amount ?? 0), 0))
  const delivered = (order.fulfillments ?? []).find((fulfillment) => fulfillment && !fulfillment.canceled_at && fulfillment.delivered_at)
  const settled = order.status !== "canceled" && !!delivered && captured > 0 && captured >= due
  const settledAt = settled
    ? new Date(Math.max(time(delivered?.delivered_at), ...captures.map((capture) => time(capture.created_at)))).toISOString()
    : null

  const cooperativeId = order.cooperative?.id ?? null
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const recorded = await settlement.listLedgerEntries(
    { idempotency_key: [`sale:${order.id}`, `commission:${order.id}`] },
    { select: ["idempotency_key", "rate"] }
  )
  const result: OrderSettlement = {
    order_id: order.id,
    cooperative_id: cooperativeId,
    currency_code: order.currency_code,
    settled,
    settled_at: settledAt,
    sale_amount: captured,
    refunds: payments.flatMap((payment) =>
      (payment.refunds ?? []).flatMap((refund) =>
        refund ? [{ id: refund.id, amount: Number(refund.amount ?? 0), created_at: new Date(refund.created_at ?? Date.now()).toISOString() }] : []
      )
    ),
    sale_recorded: recorded.some((entry) => entry.idempotency_key === `sale:${order.id}`),
    sale_rate: Number(recorded.find((entry) => entry.idempotency_key === `commission:${order.id}`)?.rate ?? 0),
    current_rate: cooperativeId ? await commissionRateFor(settlement, cooperativeId) : 0,
    cash_holder: payments.some((payment) => payment.provider_id === PAYMENT_PROVIDERS.cashOnDelivery)
      ? cashHolderOf(orderShippingKind(order))
      : null,
    hold_days: settlement.getPayoutHoldDays(),
  }
  return new StepResponse<OrderSettlement | null>(result)
})
