import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_PROVIDERS } from "@tadamon/shared"

export type CashCollectableOrder = {
  id: string
  status: string
  payment_collections?: Array<{
    payments?: Array<{ id: string; provider_id: string; amount: unknown; captured_at?: unknown; canceled_at?: unknown } | null> | null
  } | null> | null
}

/** Returns the order's cash-on-delivery payment that still awaits collection, or refuses. */
export const validateCashCollectableStep = createStep(
  "validate-cash-collectable",
  async (order: CashCollectableOrder) => {
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} is canceled: there is no cash to collect`)
    }
    const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
    const cod = payments.filter((payment) => payment?.provider_id === PAYMENT_PROVIDERS.cashOnDelivery)
    if (!cod.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} is not paid cash on delivery`)
    }
    const open = cod.find((payment) => payment && !payment.captured_at && !payment.canceled_at)
    if (!open) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `The cash of order ${order.id} was already recorded as collected`)
    }
    return new StepResponse({ payment_id: open.id, amount: Number(open.amount) })
  }
)
