import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeResponse } from "@tadamon/shared"
import { suspendCooperativeWorkflow } from "../../../../../workflows/moderation/suspend-cooperative"
import { retrieveAdminCooperative } from "../../helpers"
import type { AdminReasonBodyType } from "../../validators"

/** Rejects a pending application with a reason the cooperative reads (it can still be approved later). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReasonBodyType>, res: MedusaResponse<AdminCooperativeResponse>) => {
  await suspendCooperativeWorkflow(req.scope).run({ input: { cooperative_id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id, transition: "reject" } })
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}
