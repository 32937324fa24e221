import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, VendorOrderResponse } from "@tadamon/shared"
import { acceptVendorOrderWorkflow } from "../../../../../workflows/vendor-order/accept-vendor-order"
import { vendorOf } from "../../../context"
import { retrieveVendorOrder } from "../../helpers"

/** `POST /vendor/orders/:id/accept`: the cooperative takes a new order on (409 unless it is new). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorOrderResponse | ApiErrorResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await acceptVendorOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, cooperative_id, member_id } })
  res.json({ order: await retrieveVendorOrder(req.scope, cooperative_id, req.params.id) })
}
