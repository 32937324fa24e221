import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { termsProblem } from "../../../domain/orders/terms"
import { LocalizedFieldError } from "../../../utils/localized-field-error"

/**
 * At completion, under the cart's lock: the customer accepted the terms of sale in force (law 31-08
 * asks for it before the order is placed). Refuses with the `terms_acceptance` field otherwise,
 * before a card is touched or anything written. Reading only.
 */
export const validateTermsAcceptedStep = createStep(
  "validate-terms-accepted",
  async (input: { metadata?: Record<string, unknown> | null }) => {
    const problem = termsProblem(input.metadata)
    if (problem) {
      throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, [problem])
    }
    return new StepResponse(true)
  }
)
