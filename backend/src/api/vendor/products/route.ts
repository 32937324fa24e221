import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductListResponse, VendorProductResponse } from "@tadamon/shared"
import { createCooperativeProductWorkflow } from "../../../workflows/catalog/create-cooperative-product"
import { vendorOf } from "../context"
import { listVendorProducts, retrieveVendorProduct } from "./helpers"
import type { VendorCreateProductType, VendorGetProductsType } from "./validators"

/** The cooperative's listings with status, stock per variant and a low-stock flag. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, VendorGetProductsType>, res: MedusaResponse<VendorProductListResponse>) => {
  const { cooperative_id } = vendorOf(req)
  res.json(await listVendorProducts(req.scope, cooperative_id, req.validatedQuery))
}

/** Lists a new product (proposed for review, or a draft). */
export const POST = async (req: AuthenticatedMedusaRequest<VendorCreateProductType>, res: MedusaResponse<VendorProductResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const created = await createCooperativeProductWorkflow(req.scope).run({ input: { ...req.validatedBody, cooperative_id } })
  res.json({ product: await retrieveVendorProduct(req.scope, cooperative_id, created.result[0].id) })
}
