import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, VendorOrderResponse } from "@tadamon/shared"
import { prepareVendorOrderWorkflow } from "../../../../../workflows/vendor-order/prepare-vendor-order"
import { vendorOf } from "../../../context"
import { retrieveVendorOrder } from "../../helpers"

/** `POST /vendor/orders/:id/prepare`: the parcel is packed; Medusa fulfills every line from the cooperative's stock location (409 unless accepted). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorOrderResponse | ApiErrorResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await prepareVendorOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, cooperative_id, member_id } })
  res.json({ order: await retrieveVendorOrder(req.scope, cooperative_id, req.params.id) })
}
