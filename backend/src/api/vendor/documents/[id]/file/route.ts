import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../utils/document-file"
import { vendorOf } from "../../../context"

/**
 * `GET /vendor/documents/:id/file`: the document's private file, for the members of its
 * cooperative (another cooperative's document is a 404).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendDocumentFile(req.scope, res, { cooperative_id: vendorOf(req).cooperative_id, document_id: req.params.id })
}
