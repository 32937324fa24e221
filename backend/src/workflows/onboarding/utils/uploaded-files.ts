import type { MedusaContainer } from "@medusajs/framework/types"
import type { UploadKind } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { invalidField } from "../../../utils/field-error"

/**
 * Who may refer to an upload: a cooperative (its members' uploads, and its applicant's once the
 * application created it), or someone registering, before the cooperative exists.
 */
export type UploadOwner = { cooperative_id: string } | { auth_identity_id: string }

export type OwnUpload = { file_id: string; url: string | null }

/**
 * Finds, for each reference, a file of `kind` that `owner` uploaded through `POST /vendor/uploads`:
 * a photo by the exact public URL the File Module gave it (what product images hold), a document
 * by its File Module id. Nothing else passes: a URL on another host that ends with an existing
 * key, another cooperative's (or applicant's) file, a photo offered as a document or a document
 * as a photo.
 * Throws a field error (`invalid_file_url`) for the first reference that is not one; returns the
 * uploads in the order of the references.
 */
export async function ownUploads(
  container: Pick<MedusaContainer, "resolve">,
  owner: UploadOwner,
  kind: UploadKind,
  references: Array<{ field: string; reference: string }>
): Promise<OwnUpload[]> {
  if (!references.length) {
    return []
  }
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const values = [...new Set(references.map(({ reference }) => reference))]
  const ownerFilter = "cooperative_id" in owner ? { cooperative_id: owner.cooperative_id } : { auth_identity_id: owner.auth_identity_id, cooperative_id: null }
  const key = kind === "photo" ? "url" : "file_id"
  const uploads = await service.listCooperativeUploads({ ...ownerFilter, kind, [key]: values }, { select: ["file_id", "url"] })
  return references.map(({ field, reference }) => {
    const upload = uploads.find((candidate) => candidate[key] === reference)
    if (!upload) {
      throw invalidField(field, "invalid_file_url")
    }
    return { file_id: upload.file_id, url: upload.url ?? null }
  })
}
