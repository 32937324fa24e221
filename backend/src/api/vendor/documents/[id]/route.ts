import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorDeleteResponse, VendorDocumentResponse } from "@tadamon/shared"
import { deleteCooperativeDocumentWorkflow } from "../../../../workflows/onboarding/delete-cooperative-document"
import { toVendorDocument, VENDOR_DOCUMENT_FIELDS } from "../../../utils/vendor-serializers"
import { vendorOf } from "../../context"

/** One of the cooperative's documents; another cooperative's id is a 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorDocumentResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [document],
  } = await query.graph({
    entity: "cooperative_document",
    fields: [...VENDOR_DOCUMENT_FIELDS],
    filters: { id: req.params.id, cooperative_id },
  })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document ${req.params.id} was not found`)
  }
  res.json({ document: toVendorDocument(document) })
}

/** Withdraws a pending or refused document (409 for a verified one). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorDeleteResponse>) => {
  const { cooperative_id } = vendorOf(req)
  await deleteCooperativeDocumentWorkflow(req.scope).run({ input: { cooperative_id, document_id: req.params.id } })
  res.json({ id: req.params.id, object: "cooperative_document", deleted: true })
}
