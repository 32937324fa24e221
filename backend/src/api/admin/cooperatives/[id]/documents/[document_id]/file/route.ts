import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../../../utils/document-file"

/** `GET /admin/cooperatives/:id/documents/:document_id/file`: a document's private file, for organizers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendDocumentFile(req.scope, res, { cooperative_id: req.params.id, document_id: req.params.document_id })
}
