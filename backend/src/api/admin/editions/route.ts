import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminEditionListResponse, AdminEditionResponse } from "@tadamon/shared"
import { createEditionWorkflow } from "../../../workflows/market/create-edition"
import { listAdminEditions, retrieveAdminEdition } from "./helpers"
import type { AdminCreateEditionType } from "./validators"

/** Every edition, newest first, with its status today. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminEditionListResponse>) => {
  const editions = await listAdminEditions(req.scope)
  res.json({ editions, count: editions.length })
}

/** Creates an edition with its stands and program; 400 names the field at fault. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateEditionType>, res: MedusaResponse<AdminEditionResponse>) => {
  const created = await createEditionWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ edition: await retrieveAdminEdition(req.scope, created.result.id) })
}
