import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Voids the authorizations an interrupted completion left (nothing was ever captured: placement
 * captures only after the group is placed) and removes their payment collections. Not reversible:
 * it runs after every check of the undo.
 */
export const voidCheckoutPaymentsStep = createStep(
  "void-checkout-payments",
  async (input: { payment_ids: string[]; payment_collection_ids: string[] }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    for (const id of input.payment_ids) {
      await payments.cancelPayment(id)
    }
    if (input.payment_collection_ids.length) {
      await payments.deletePaymentCollections(input.payment_collection_ids)
    }
    return new StepResponse(input.payment_collection_ids.length)
  }
)
