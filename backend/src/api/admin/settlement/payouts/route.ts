import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminCreatePayoutRequest, AdminPayoutResponse, ApiErrorResponse } from "@tadamon/shared"
import { createPayoutWorkflow } from "../../../../workflows/settlement/create-payout"
import { loadStatement } from "../../../../workflows/settlement/utils/statement"

/**
 * `POST /admin/settlement/payouts` `{ cooperative_id, amount, paid_at, method, reference, note? }`:
 * records money paid to a cooperative (404 unknown cooperative, 409 more than what is payable now).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePayoutRequest>,
  res: MedusaResponse<AdminPayoutResponse | ApiErrorResponse>
) => {
  const { result } = await createPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, recorded_by: req.auth_context.actor_id },
  })
  const statement = await loadStatement(req.scope, req.validatedBody.cooperative_id, {})
  const payout = statement.entries.find((entry) => entry.id === result.payout_id)
  if (!payout) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Payout ${result.payout_id} was not found after recording it`)
  }
  res.status(201).json({ payout, balance_due: statement.balance_due, payable: statement.payable })
}
