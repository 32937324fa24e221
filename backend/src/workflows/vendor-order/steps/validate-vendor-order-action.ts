import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CashHolder, OrderProgress, VendorOrderAction } from "@tadamon/shared"
import { liveFulfillment, orderProgress } from "../../../domain/orders/order-progress"
import {
  availableActions,
  canRecordCash,
  orderPayment,
  vendorPayment,
  VENDOR_ORDER_SUMMARY_FIELDS,
  type OrderActor,
  type VendorOrderEntity,
} from "../../../domain/orders/vendor-order"
import { queryRows } from "../../../utils/query-rows"
import { stateConflict } from "../../../utils/state-conflict"

export type ValidateVendorOrderActionInput = {
  order_id: string
  /** The member's cooperative (resolved by the /vendor middleware); absent for an organizer. */
  cooperative_id?: string | null
  action: VendorOrderAction
  /** Default: a member. Organizers only record cash (`cash-collected`). */
  actor?: OrderActor
  /**
   * An organizer reconciling the carrier's remittance: a shipped order counts as delivered (the
   * carrier collected its cash, so it reached the customer); its delivery is recorded first.
   */
  delivered_by_carrier?: boolean
}

/** What the action's later steps need of the order, once it is known to be the cooperative's. */
export type VendorOrderActionTarget = {
  order_id: string
  display_id: number
  cooperative_id: string
  stock_location_id: string | null
  fulfillment_id: string | null
  items: Array<{ id: string; quantity: number }>
  /** Cash on delivery: who holds the cash; card: null. */
  cash_holder: CashHolder | null
  /** The order's payment and its amount (what a cash-collected capture takes). */
  payment_id: string | null
  amount: number
  /** The delivery must be recorded before the cash (a remittance for a parcel not marked delivered). */
  record_delivery: boolean
}

const BEFORE: Partial<Record<VendorOrderAction, string>> = {
  prepare: "Accept order #{n} before preparing it",
  ship: "Prepare order #{n} before shipping it",
  deliver: "Ship order #{n} before marking it delivered",
  "cash-collected": "Mark order #{n} delivered before recording its cash as collected",
}
const ALREADY: Record<VendorOrderAction, string> = {
  accept: "Order #{n} was already accepted",
  prepare: "Order #{n} was already prepared",
  ship: "Order #{n} was already shipped",
  deliver: "Order #{n} was already delivered",
  "cash-collected": "The cash of order #{n} was already recorded as collected",
  cancel: "Order #{n} was shipped: it can no longer be cancelled",
}
const STEP_OF: Record<VendorOrderAction, number> = { accept: 1, prepare: 2, ship: 3, deliver: 4, "cash-collected": 5, cancel: 0 }
const RANK = { placed: 0, accepted: 1, prepared: 2, shipped: 3, delivered: 4, cancelled: -1 } as const

type ActionOrder = VendorOrderEntity & { cooperative?: { id: string; stock_location?: { id: string } | null } | null }

/** Why a member may not take this step now (409, or 400 for cash on a card order). */
function memberRefusal(order: ActionOrder, progress: OrderProgress, action: VendorOrderAction): MedusaError {
  const say = (message: string) => stateConflict(message.replace("{n}", String(order.display_id)))
  const payment = vendorPayment(order)
  if (progress.status === "cancelled") {
    return say("Order #{n} is cancelled")
  }
  if (action === "cash-collected" && payment.method !== "cash_on_delivery") {
    return new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id} is paid by card: there is no cash to collect`)
  }
  const rank = RANK[progress.status]
  if (action !== "cancel" && action !== "cash-collected" && rank < STEP_OF[action] - 1) {
    return say(BEFORE[action] ?? "Order #{n} is not ready for this step")
  }
  if (action === "cash-collected" && rank < RANK.delivered) {
    return say(BEFORE["cash-collected"] as string)
  }
  return say(ALREADY[action])
}

/** Why an organizer may not record this order's cash now: always 409, with what the organizer should know. */
function organizerRefusal(order: ActionOrder, progress: OrderProgress): MedusaError {
  const payment = vendorPayment(order)
  const n = order.display_id
  const message =
    progress.status === "cancelled"
      ? `Order #${n} is cancelled: there is no cash to collect`
      : payment.method !== "cash_on_delivery"
        ? `Order #${n} is paid by card: there is no cash to collect`
        : payment.cash_holder === "cooperative"
          ? `Order #${n} is delivered by its cooperative, which holds the cash: the cooperative records it in its portal`
          : progress.status !== "delivered"
            ? `Order #${n} is not delivered yet: there is no cash to record`
            : `The cash of order #${n} was already recorded as collected`
  return stateConflict(message)
}

/**
 * Checks, before anything is written, that the order is the member's cooperative's (another
 * cooperative's order is "not found", never "forbidden": its existence stays private) and that the
 * action is the next step for it: out-of-order or repeated steps are refused with 409 and a message
 * that says what to do first. An organizer may act on any cooperative's order, but only to record
 * cash that Amana or the solidarity store holds, under the same rules (see canRecordCash).
 * Reading only: nothing to undo.
 */
export const validateVendorOrderActionStep = createStep(
  "validate-vendor-order-action",
  async (input: ValidateVendorOrderActionInput, { container }) => {
    const actor = input.actor ?? "member"
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      rows: [order],
    } = await queryRows<ActionOrder>(query, {
      entity: "order",
      fields: [...VENDOR_ORDER_SUMMARY_FIELDS, "status", "items.id", "cooperative.stock_location.id"],
      filters: { id: input.order_id },
    })
    const cooperativeId = order?.cooperative?.id
    if (!order || !cooperativeId || (actor === "member" && cooperativeId !== input.cooperative_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const progress = orderProgress(order)
    const payment = vendorPayment(order)
    const record_delivery = actor === "organizer" && !!input.delivered_by_carrier && progress.status === "shipped"

    if (actor === "organizer") {
      if (input.action !== "cash-collected") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Organizers record cash only; order steps are the cooperative's`)
      }
      const asDelivered: OrderProgress = record_delivery ? { ...progress, status: "delivered" } : progress
      if (!canRecordCash(asDelivered, payment, "organizer")) {
        throw organizerRefusal(order, progress)
      }
    } else if (!availableActions(progress, payment).includes(input.action)) {
      throw memberRefusal(order, progress, input.action)
    }

    const target: VendorOrderActionTarget = {
      order_id: order.id,
      display_id: order.display_id,
      cooperative_id: cooperativeId,
      stock_location_id: order.cooperative?.stock_location?.id ?? null,
      fulfillment_id: liveFulfillment(order)?.id ?? null,
      items: (order.items ?? []).flatMap((item) => (item?.id ? [{ id: item.id, quantity: Number(item.quantity) }] : [])),
      cash_holder: payment.cash_holder,
      payment_id: orderPayment(order)?.id ?? null,
      amount: payment.amount,
      record_delivery,
    }
    return new StepResponse(target)
  }
)
