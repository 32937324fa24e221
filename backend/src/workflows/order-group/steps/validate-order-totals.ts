import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"

/** The cooperative orders must add up exactly to what the customer owes for the cart. */
export const validateOrderTotalsStep = createStep(
  "validate-order-totals",
  async (input: { cart_total: BigNumberInput; orders: Array<{ id: string; total: BigNumberInput }> }) => {
    const sum = input.orders.reduce((acc, order) => MathBN.add(acc, order.total), MathBN.convert(0))
    if (!MathBN.eq(sum, input.cart_total)) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The cooperative orders total ${sum.toString()} but the cart totals ${MathBN.convert(input.cart_total).toString()}`
      )
    }
    return new StepResponse(sum.toNumber())
  }
)
