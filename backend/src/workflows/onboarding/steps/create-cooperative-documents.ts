import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { FiledDocument } from "../utils/documents"

export type CreateCooperativeDocumentInput = FiledDocument & { cooperative_id: string }

export const createCooperativeDocumentsStep = createStep(
  "create-cooperative-documents",
  async (input: CreateCooperativeDocumentInput[], { container }) => {
    if (!input.length) {
      return new StepResponse([], [])
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const documents = await service.createCooperativeDocuments(input)
    return new StepResponse(documents, documents.map((document) => document.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeDocuments(ids)
  }
)
