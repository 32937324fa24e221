import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storefrontUrl } from "../../notification/storefront-url"

/** The storefront's public address, for the links of an email. Read-only. */
export const getStorefrontUrlStep = createStep("get-review-storefront-url", async (_input: void, { container }) => {
  return new StepResponse(storefrontUrl(container))
})
