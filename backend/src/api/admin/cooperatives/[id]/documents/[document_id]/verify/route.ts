import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeResponse } from "@tadamon/shared"
import { verifyCooperativeDocumentWorkflow } from "../../../../../../../workflows/moderation/verify-cooperative-document"
import { retrieveAdminCooperative } from "../../../../helpers"
import type { AdminVerifyDocumentType } from "../../../../validators"

/** Verifies a cooperative's document (with its expiry date), or refuses it with a reason. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminVerifyDocumentType>, res: MedusaResponse<AdminCooperativeResponse>) => {
  await verifyCooperativeDocumentWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      document_id: req.params.document_id,
      decision: req.validatedBody.decision,
      reason: req.validatedBody.reason,
      valid_until: req.validatedBody.valid_until,
      user_id: req.auth_context.actor_id,
    },
  })
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}
