import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOREFRONT_MODULE } from "../../../modules/storefront"
import type StorefrontModuleService from "../../../modules/storefront/service"

/** Expires the storefront's cached reads under these tags. Nothing to undo: a refetch is harmless. */
export const revalidateStorefrontCacheStep = createStep(
  "revalidate-storefront-cache",
  async (input: { tags: string[] }, { container }) => {
    const storefront: StorefrontModuleService = container.resolve(STOREFRONT_MODULE)
    return new StepResponse(await storefront.revalidateTags(input.tags))
  }
)
