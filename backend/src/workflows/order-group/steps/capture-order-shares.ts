import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Card payments only (`card_payment_id` set; a no-op for cash on delivery): captures the cart's
 * PaymentIntent once, in full, then records each order's share as captured. Both go through Medusa's
 * capture workflow (which writes the order's transaction for a share); the provider makes no call
 * for a share.
 */
export const captureOrderSharesStep = createStep(
  "capture-order-shares",
  async (input: { card_payment_id: string | null; share_payment_ids: string[] }, { container }) => {
    if (!input.card_payment_id) {
      return new StepResponse([])
    }
    await capturePaymentWorkflow(container).run({ input: { payment_id: input.card_payment_id } })
    for (const payment_id of input.share_payment_ids) {
      await capturePaymentWorkflow(container).run({ input: { payment_id } })
    }
    return new StepResponse(input.share_payment_ids)
  }
)
