import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRemittanceListResponse, AdminRemittanceResponse, ApiErrorResponse, VendorValidationErrorResponse } from "@tadamon/shared"
import { importCodRemittanceWorkflow } from "../../../../workflows/settlement/import-cod-remittance"
import { listRemittances, loadRemittance } from "../remittance-report"
import type { AdminImportRemittanceBodyType, AdminListRemittancesQueryType } from "../validators"

/**
 * `POST /admin/settlement/remittances` `{ csv, filename? }`: imports Amana's cash-on-delivery
 * remittance statement; captures the matched orders' payments, flags the other lines, and answers
 * 201 with the report. 400 (localized, field `csv`) for a file without tracking number and amount
 * columns, empty or too long.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportRemittanceBodyType>,
  res: MedusaResponse<AdminRemittanceResponse | VendorValidationErrorResponse | ApiErrorResponse>
) => {
  const { result } = await importCodRemittanceWorkflow(req.scope).run({
    input: { csv: req.validatedBody.csv, filename: req.validatedBody.filename ?? null, imported_by: req.auth_context.actor_id },
  })
  res.status(201).json({ remittance: await loadRemittance(req.scope, result) })
}

/** `GET /admin/settlement/remittances?limit=&offset=`: past imports, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListRemittancesQueryType>,
  res: MedusaResponse<AdminRemittanceListResponse>
) => {
  const { limit, offset } = req.validatedQuery as AdminListRemittancesQueryType
  res.json(await listRemittances(req.scope, { limit, offset }))
}
