import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorDocumentInput } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { fileDocuments, normalizeDocuments } from "../utils/documents"

export type ValidateNewDocumentsInput = {
  cooperative_id: string
  documents: VendorDocumentInput[]
  /** Where the documents sit in the request, for field errors: "documents" (default), or null for one document as the body. */
  field_prefix?: string | null
}

/** New documents of an existing cooperative: valid dates and labels, files it uploaded as documents. Read-only. */
export const validateNewDocumentsStep = createStep(
  "validate-new-cooperative-documents",
  async (input: ValidateNewDocumentsInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await service.listCooperatives({ id: input.cooperative_id }, { select: ["id"] })
    if (!cooperative) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
    }
    const prefix = input.field_prefix === undefined ? "documents" : input.field_prefix
    const documents = await fileDocuments(container, { cooperative_id: cooperative.id }, normalizeDocuments(input.documents, prefix), prefix)
    return new StepResponse(documents.map((document) => ({ ...document, cooperative_id: cooperative.id })))
  }
)

/**
 * The cooperative's own documents by id; another cooperative's id is not found (404), so
 * nobody learns that it exists. Read-only.
 */
export const getOwnDocumentsStep = createStep(
  "get-own-cooperative-documents",
  async (input: { cooperative_id: string; document_ids: string[] }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const documents = input.document_ids.length
      ? await service.listCooperativeDocuments({ id: input.document_ids, cooperative_id: input.cooperative_id })
      : []
    const missing = input.document_ids.find((id) => !documents.some((document) => document.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document ${missing} was not found`)
    }
    return new StepResponse(documents)
  }
)
