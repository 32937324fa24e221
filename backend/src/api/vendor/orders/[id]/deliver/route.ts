import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, VendorOrderResponse } from "@tadamon/shared"
import { deliverVendorOrderWorkflow } from "../../../../../workflows/vendor-order/deliver-vendor-order"
import { vendorOf } from "../../../context"
import { retrieveVendorOrder } from "../../helpers"

/** `POST /vendor/orders/:id/deliver`: the parcel reached the customer (409 unless shipped). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorOrderResponse | ApiErrorResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await deliverVendorOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, cooperative_id, member_id } })
  res.json({ order: await retrieveVendorOrder(req.scope, cooperative_id, req.params.id) })
}
