import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminEditionDeleteResponse, AdminEditionResponse } from "@tadamon/shared"
import { deleteEditionWorkflow } from "../../../../workflows/market/delete-edition"
import { updateEditionWorkflow } from "../../../../workflows/market/update-edition"
import { retrieveAdminEdition } from "../helpers"
import type { AdminUpdateEditionType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminEditionResponse>) => {
  res.json({ edition: await retrieveAdminEdition(req.scope, req.params.id) })
}

/** Changes an edition; `participants` and `program`, when sent, replace the whole list at once. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateEditionType>, res: MedusaResponse<AdminEditionResponse>) => {
  await updateEditionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ edition: await retrieveAdminEdition(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminEditionDeleteResponse>) => {
  await deleteEditionWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "edition", deleted: true })
}
