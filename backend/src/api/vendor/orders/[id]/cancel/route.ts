import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, VendorCancelOrderRequest, VendorOrderResponse } from "@tadamon/shared"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/vendor-order/cancel-vendor-order"
import { vendorOf } from "../../../context"
import { retrieveVendorOrder } from "../../helpers"

/** `POST /vendor/orders/:id/cancel` `{ reason }`: before shipping only; restocks, voids the cash payment or refunds the card share of this order only. */
export const POST = async (req: AuthenticatedMedusaRequest<VendorCancelOrderRequest>, res: MedusaResponse<VendorOrderResponse | ApiErrorResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await cancelVendorOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, order_id: req.params.id, cooperative_id, member_id } })
  res.json({ order: await retrieveVendorOrder(req.scope, cooperative_id, req.params.id) })
}
