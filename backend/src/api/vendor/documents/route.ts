import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorDocumentListResponse, VendorDocumentResponse } from "@tadamon/shared"
import { addCooperativeDocumentsWorkflow } from "../../../workflows/onboarding/add-cooperative-documents"
import { toVendorDocument, VENDOR_DOCUMENT_FIELDS } from "../../utils/vendor-serializers"
import { vendorOf } from "../context"
import type { VendorCreateDocumentType } from "./validators"

/** The cooperative's documents, newest first, each with `is_valid` computed now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorDocumentListResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_document",
    fields: [...VENDOR_DOCUMENT_FIELDS],
    filters: { cooperative_id },
    pagination: { order: { created_at: "DESC" } },
  })
  const now = new Date()
  res.json({ documents: data.map((document) => toVendorDocument(document, now)) })
}

/** Files a document (pending until an organizer verifies it). */
export const POST = async (req: AuthenticatedMedusaRequest<VendorCreateDocumentType>, res: MedusaResponse<VendorDocumentResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const created = await addCooperativeDocumentsWorkflow(req.scope).run({ input: { cooperative_id, documents: [req.validatedBody], field_prefix: null } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [document],
  } = await query.graph({ entity: "cooperative_document", fields: [...VENDOR_DOCUMENT_FIELDS], filters: { id: created.result[0].id } })
  res.json({ document: toVendorDocument(document) })
}
