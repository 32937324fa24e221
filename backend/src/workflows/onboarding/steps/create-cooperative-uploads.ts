import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UploadKind, UPLOAD_MIME_TYPES } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeUploadInput = {
  file_id: string
  kind: UploadKind
  url: string | null
  mime_type: (typeof UPLOAD_MIME_TYPES)[number]
  size: number
  cooperative_id: string | null
  auth_identity_id: string | null
}

/** Records who uploaded each file; the compensation removes the records. */
export const createCooperativeUploadsStep = createStep(
  "create-cooperative-uploads",
  async (input: CreateCooperativeUploadInput[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const uploads = await service.createCooperativeUploads(input)
    return new StepResponse(uploads, uploads.map((upload) => upload.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeUploads(ids)
  }
)

/**
 * An applicant's files pass to the cooperative its application created, so that they carry their
 * real owner from then on. The compensation gives them back to the applicant.
 */
export const claimApplicantUploadsStep = createStep(
  "claim-applicant-uploads",
  async (input: { auth_identity_id: string; cooperative_id: string }, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const uploads = await service.listCooperativeUploads({ auth_identity_id: input.auth_identity_id, cooperative_id: null }, { select: ["id"] })
    const ids = uploads.map((upload) => upload.id)
    if (ids.length) {
      await service.updateCooperativeUploads({ selector: { id: ids }, data: { cooperative_id: input.cooperative_id } })
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperativeUploads({ selector: { id: ids }, data: { cooperative_id: null } })
  }
)
