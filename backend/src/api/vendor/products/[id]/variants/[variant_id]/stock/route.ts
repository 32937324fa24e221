import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductResponse } from "@tadamon/shared"
import { setCooperativeVariantStockWorkflow } from "../../../../../../../workflows/catalog/set-cooperative-variant-stock"
import { vendorOf } from "../../../../../context"
import { retrieveVendorProduct } from "../../../../helpers"
import type { VendorVariantStockType } from "../../../../validators"

/** Quick stock update from the list: units on hand at the cooperative's location. */
export const POST = async (req: AuthenticatedMedusaRequest<VendorVariantStockType>, res: MedusaResponse<VendorProductResponse>) => {
  const { cooperative_id } = vendorOf(req)
  await setCooperativeVariantStockWorkflow(req.scope).run({
    input: { cooperative_id, product_id: req.params.id, variant_id: req.params.variant_id, quantity: req.validatedBody.quantity },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, cooperative_id, req.params.id) })
}
