import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

type CaptureInput = { card_payment_id: string | null; share_payment_ids: string[] }

/**
 * Card payments only (`card_payment_id` set; a no-op for cash on delivery): captures the cart's
 * PaymentIntent once, in full, then records each order's share as captured. Both go through Medusa's
 * capture workflow (which writes the order's transaction for a share); the provider makes no call
 * for a share.
 *
 * The last step of a placement that can move money. If recording a share fails after the intent was
 * captured, or a later step fails, the captured amount is refunded in full: a rolled-back placement
 * never keeps the customer's money.
 */
export const captureOrderSharesStep = createStep(
  "capture-order-shares",
  async (input: CaptureInput, { container }) => {
    if (!input.card_payment_id) {
      return new StepResponse([] as string[], null)
    }
    await capturePaymentWorkflow(container).run({ input: { payment_id: input.card_payment_id } })
    try {
      for (const payment_id of input.share_payment_ids) {
        await capturePaymentWorkflow(container).run({ input: { payment_id } })
      }
    } catch (error) {
      await refundInFull(container, input.card_payment_id)
      throw error
    }
    return new StepResponse(input.share_payment_ids, input.card_payment_id)
  },
  async (cardPaymentId, { container }) => {
    if (cardPaymentId) {
      await refundInFull(container, cardPaymentId)
    }
  }
)

async function refundInFull(container: MedusaContainer, paymentId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  const payment = await payments.retrievePayment(paymentId, { relations: ["captures", "refunds"] })
  const captured = (payment.captures ?? []).reduce((sum, capture) => sum + Number(capture.amount), 0)
  const refunded = (payment.refunds ?? []).reduce((sum, refund) => sum + Number(refund.amount), 0)
  if (captured > refunded) {
    await payments.refundPayment({ payment_id: paymentId, amount: captured - refunded, note: "Placement rolled back after capture" })
  }
}
