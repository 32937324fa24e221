import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCommissionRatesStep, type SetCommissionRatesInput } from "./steps/set-commission-rates"
import { validateCommissionOverridesStep } from "./steps/validate-commission-overrides"

/**
 * Organizers set Tadamon's commission: the platform-wide rate and per-cooperative overrides, in
 * percent. New sales take the rate in force when they are recorded; past lines keep theirs.
 */
export const updateCommissionRatesWorkflow = createWorkflow("update-commission-rates", (input: SetCommissionRatesInput) => {
  validateCommissionOverridesStep(input)
  setCommissionRatesStep(input)
  return new WorkflowResponse(void 0)
})
