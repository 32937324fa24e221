import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeResponse } from "@tadamon/shared"
import { setCooperativeTrustWorkflow } from "../../../../../workflows/moderation/set-cooperative-trust"
import { retrieveAdminCooperative } from "../../helpers"
import type { AdminTrustCooperativeType } from "../../validators"

/** Trusts a cooperative (its proposed products are published at once) or withdraws that trust; 409 when unchanged. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminTrustCooperativeType>, res: MedusaResponse<AdminCooperativeResponse>) => {
  await setCooperativeTrustWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, trusted: req.validatedBody.trusted, actor_id: req.auth_context.actor_id },
  })
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}
