import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorDeleteResponse, VendorProductResponse } from "@tadamon/shared"
import { archiveCooperativeProductWorkflow } from "../../../../workflows/catalog/archive-cooperative-product"
import { updateCooperativeProductWorkflow } from "../../../../workflows/catalog/update-cooperative-product"
import { vendorOf } from "../../context"
import { retrieveVendorProduct } from "../helpers"
import type { VendorUpdateProductType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorProductResponse>) => {
  const { cooperative_id } = vendorOf(req)
  res.json({ product: await retrieveVendorProduct(req.scope, cooperative_id, req.params.id) })
}

/** Edits a listing; a material change of a published product sends it back to review. */
export const POST = async (req: AuthenticatedMedusaRequest<VendorUpdateProductType>, res: MedusaResponse<VendorProductResponse>) => {
  const { cooperative_id } = vendorOf(req)
  await updateCooperativeProductWorkflow(req.scope).run({ input: { ...req.validatedBody, cooperative_id, product_id: req.params.id } })
  res.json({ product: await retrieveVendorProduct(req.scope, cooperative_id, req.params.id) })
}

/** Archives the product (soft delete). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorDeleteResponse>) => {
  const { cooperative_id } = vendorOf(req)
  await archiveCooperativeProductWorkflow(req.scope).run({ input: { cooperative_id, product_id: req.params.id } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
