import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCashCollectedWorkflow } from "../../../../../workflows/order-group/record-cash-collected"

/** Records that the cash of one cash-on-delivery order was collected (captures its payment). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await recordCashCollectedWorkflow(req.scope).run({
    input: { order_id: req.params.id, captured_by: req.auth_context.actor_id },
  })
  res.json({ order_id: req.params.id, payment_id: result.payment_id, captured_amount: result.amount })
}
