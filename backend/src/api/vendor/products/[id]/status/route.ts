import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductResponse } from "@tadamon/shared"
import { setCooperativeProductStatusWorkflow } from "../../../../../workflows/catalog/set-cooperative-product-status"
import { vendorOf } from "../../../context"
import { retrieveVendorProduct } from "../../helpers"
import type { VendorProductStatusType } from "../../validators"

/** Unpublishes (draft) or submits for review (proposed). */
export const POST = async (req: AuthenticatedMedusaRequest<VendorProductStatusType>, res: MedusaResponse<VendorProductResponse>) => {
  const { cooperative_id } = vendorOf(req)
  await setCooperativeProductStatusWorkflow(req.scope).run({
    input: { cooperative_id, product_id: req.params.id, status: req.validatedBody.status },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, cooperative_id, req.params.id) })
}
