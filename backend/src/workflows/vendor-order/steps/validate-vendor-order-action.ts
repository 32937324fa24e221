import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorOrderAction } from "@tadamon/shared"
import { liveFulfillment, orderProgress } from "../utils/order-progress"
import { availableActions, vendorPayment, VENDOR_ORDER_SUMMARY_FIELDS, type VendorOrderEntity } from "../utils/vendor-order"

export type ValidateVendorOrderActionInput = { order_id: string; cooperative_id: string; action: VendorOrderAction }

/** What the action's later steps need of the order, once it is known to be the cooperative's. */
export type VendorOrderActionTarget = {
  order_id: string
  display_id: number
  cooperative_id: string
  stock_location_id: string | null
  fulfillment_id: string | null
  items: Array<{ id: string; quantity: number }>
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

/**
 * Checks, before anything is written, that the order is the member's cooperative's (another
 * cooperative's order is "not found", never "forbidden": its existence stays private) and that the
 * action is the next step for it: out-of-order or repeated steps are refused with 409 and a message
 * that says what to do first. Reading only: nothing to undo.
 */
export const validateVendorOrderActionStep = createStep(
  "validate-vendor-order-action",
  async (input: ValidateVendorOrderActionInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [found],
    } = await query.graph({
      entity: "order",
      fields: [...VENDOR_ORDER_SUMMARY_FIELDS, "status", "items.id", "cooperative.stock_location.id"],
      filters: { id: input.order_id },
    })
    const order = found as unknown as (VendorOrderEntity & { cooperative?: { id: string; stock_location?: { id: string } | null } | null }) | undefined
    if (!order || order.cooperative?.id !== input.cooperative_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const progress = orderProgress(order)
    const payment = vendorPayment(order)
    const say = (message: string) => message.replace("{n}", String(order.display_id))

    if (!availableActions(progress, payment).includes(input.action)) {
      if (progress.status === "cancelled") {
        throw new MedusaError(MedusaError.Types.CONFLICT, say("Order #{n} is cancelled"))
      }
      if (input.action === "cash-collected" && payment.method !== "cash_on_delivery") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, say("Order #{n} is paid by card: there is no cash to collect"))
      }
      const rank = RANK[progress.status]
      const needed = STEP_OF[input.action] - 1
      if (input.action !== "cancel" && input.action !== "cash-collected" && rank < needed) {
        throw new MedusaError(MedusaError.Types.CONFLICT, say(BEFORE[input.action] ?? "Order #{n} is not ready for this step"))
      }
      if (input.action === "cash-collected" && rank < RANK.delivered) {
        throw new MedusaError(MedusaError.Types.CONFLICT, say(BEFORE["cash-collected"] as string))
      }
      throw new MedusaError(MedusaError.Types.CONFLICT, say(ALREADY[input.action]))
    }

    const target: VendorOrderActionTarget = {
      order_id: order.id,
      display_id: order.display_id,
      cooperative_id: input.cooperative_id,
      stock_location_id: order.cooperative?.stock_location?.id ?? null,
      fulfillment_id: liveFulfillment(order)?.id ?? null,
      items: (order.items ?? []).flatMap((item) => (item?.id ? [{ id: item.id, quantity: Number(item.quantity) }] : [])),
    }
    return new StepResponse(target)
  }
)
