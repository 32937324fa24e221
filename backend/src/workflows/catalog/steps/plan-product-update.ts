import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateCooperativeProductInput } from "../../../domain/catalog/product-input"
import { planProductUpdate } from "../../../domain/catalog/product-update-plan"
import { getOwnProduct } from "./get-own-product"
import { checkProductReferences } from "./validate-product-references"

/**
 * Reads the cooperative's own product (404 for anyone else's), checks the edit's references
 * (categories, uploads, labels) and plans every write with `planProductUpdate`. Read-only.
 */
export const planProductUpdateStep = createStep(
  "plan-cooperative-product-update",
  async (input: UpdateCooperativeProductInput, { container }) => {
    const product = await getOwnProduct(container, input.cooperative_id, input.product_id)
    const currentImages = (product.images ?? []).flatMap((image) => (image ? [image.url] : []))
    await checkProductReferences(container, input.cooperative_id, input, { current_images: currentImages })
    const stored = input.translations
      ? await container.resolve(Modules.TRANSLATION).listTranslations({ reference: "product", reference_id: product.id })
      : []
    return new StepResponse(planProductUpdate(product, input, stored))
  }
)
