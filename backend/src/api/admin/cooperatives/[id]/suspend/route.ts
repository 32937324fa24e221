import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeResponse } from "@tadamon/shared"
import { suspendCooperativeWorkflow } from "../../../../../workflows/moderation/suspend-cooperative"
import { retrieveAdminCooperative } from "../../helpers"
import type { AdminSuspendCooperativeType } from "../../validators"

/** Suspends an approved cooperative with a reason it reads: its products leave the store. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSuspendCooperativeType>, res: MedusaResponse<AdminCooperativeResponse>) => {
  await suspendCooperativeWorkflow(req.scope).run({ input: { cooperative_id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id } })
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}
