import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorOrderResponse } from "@tadamon/shared"
import { vendorOf } from "../../context"
import { retrieveVendorOrder } from "../helpers"

/** `GET /vendor/orders/:id`: one order of the cooperative, with the delivery address, lines, payment, progress and history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorOrderResponse>) => {
  res.json({ order: await retrieveVendorOrder(req.scope, vendorOf(req).cooperative_id, req.params.id) })
}
