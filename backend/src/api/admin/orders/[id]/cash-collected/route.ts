import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminCashCollectedResponse, ApiErrorResponse } from "@tadamon/shared"
import { recordCashCollectedWorkflow } from "../../../../../workflows/order-group/record-cash-collected"

/**
 * `POST /admin/orders/:id/cash-collected`: organizers confirm the cash of a delivered Amana or
 * pickup cash-on-delivery order (captures its payment only). 409 with the reason for a cooperative's
 * own home delivery (the cooperative holds that cash), a card order, a cancelled or undelivered
 * order, or cash already confirmed; 404 for an unknown order.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCashCollectedResponse | ApiErrorResponse>) => {
  // Order ids are word characters: anything else (a NUL from a decoded path) is no order.
  if (!/^[\w-]+$/.test(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const { result } = await recordCashCollectedWorkflow(req.scope).run({
    input: { order_id: req.params.id, captured_by: req.auth_context.actor_id },
  })
  res.json({ order_id: result.order_id, payment_id: result.payment_id, captured_amount: result.amount })
}
