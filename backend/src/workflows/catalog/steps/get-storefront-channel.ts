import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storefrontSalesChannelId } from "../utils/storefront-channel"

/** The storefront's sales channel (see `storefrontSalesChannelId`). Read-only. */
export const getStorefrontChannelStep = createStep("get-storefront-sales-channel", async (_: void, { container }) => {
  return new StepResponse(await storefrontSalesChannelId(container))
})
