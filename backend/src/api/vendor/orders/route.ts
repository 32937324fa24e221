import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorOrderListResponse } from "@tadamon/shared"
import { vendorOf } from "../context"
import { listVendorOrders } from "./helpers"
import type { VendorGetOrdersParamsType } from "./validators"

/** `GET /vendor/orders?status=to_accept|to_ship|shipped|delivered|cancelled&q=&limit=&offset=`: the cooperative's orders. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, VendorGetOrdersParamsType>, res: MedusaResponse<VendorOrderListResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const { status, q, limit, offset } = req.validatedQuery as VendorGetOrdersParamsType
  res.json(await listVendorOrders(req.scope, cooperative_id, { status, q, limit: limit ?? 20, offset: offset ?? 0 }))
}
