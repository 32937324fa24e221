import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, VendorShipOrderRequest, VendorOrderResponse } from "@tadamon/shared"
import { shipVendorOrderWorkflow } from "../../../../../workflows/vendor-order/ship-vendor-order"
import { vendorOf } from "../../../context"
import { retrieveVendorOrder } from "../../helpers"

/** `POST /vendor/orders/:id/ship` `{ carrier, tracking_number, tracking_url? }`: Medusa's shipment with the tracking (409 unless prepared). */
export const POST = async (req: AuthenticatedMedusaRequest<VendorShipOrderRequest>, res: MedusaResponse<VendorOrderResponse | ApiErrorResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await shipVendorOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, order_id: req.params.id, cooperative_id, member_id } })
  res.json({ order: await retrieveVendorOrder(req.scope, cooperative_id, req.params.id) })
}
