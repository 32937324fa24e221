import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ApiErrorResponse, VendorOrderResponse } from "@tadamon/shared"
import { recordVendorCashCollectedWorkflow } from "../../../../../workflows/vendor-order/record-vendor-cash-collected"
import { vendorOf } from "../../../context"
import { retrieveVendorOrder } from "../../helpers"

/** `POST /vendor/orders/:id/cash-collected`: cash on delivery only; captures this order's payment (409 unless delivered and not yet collected). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorOrderResponse | ApiErrorResponse>) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await recordVendorCashCollectedWorkflow(req.scope).run({ input: { order_id: req.params.id, cooperative_id, member_id } })
  res.json({ order: await retrieveVendorOrder(req.scope, cooperative_id, req.params.id) })
}
