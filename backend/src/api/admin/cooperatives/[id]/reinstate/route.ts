import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeResponse } from "@tadamon/shared"
import { approveCooperativeWorkflow } from "../../../../../workflows/moderation/approve-cooperative"
import { retrieveAdminCooperative } from "../../helpers"

/** Reinstates a suspended cooperative: approved again, its published products go back on sale. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeResponse>) => {
  await approveCooperativeWorkflow(req.scope).run({ input: { cooperative_id: req.params.id, actor_id: req.auth_context.actor_id, transition: "reinstate" } })
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}
