import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { detectFileType } from "../api/vendor/uploads/file-type"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { uploadCooperativeFilesWorkflow } from "../workflows/onboarding/upload-cooperative-files"

type LegacyDocument = { id: string; file_id: string; cooperative_id: string; deleted_at: Date | string | null }

export type LegacyDocumentsMove = {
  /** Documents now pointing at a private copy of their file. */
  moved: string[]
  /** Documents whose file could not be read: left as they are. */
  missing: string[]
  /** Documents whose file is not a PDF or an image we accept: left as they are. */
  unrecognised: string[]
}

/**
 * Documents filed before documents were private kept their public file under /static
 * (Migration20261206233006 left `file_id` holding its old key). Each such file is copied as a
 * private upload of the document's cooperative, the way `POST /vendor/uploads` stores a document
 * (recorded in `cooperative_upload`), its documents are pointed at the copy, and the public file is
 * deleted, unless it is a recorded photo that stays public in its own right. Withdrawn documents
 * move too: their file is as sensitive.
 *
 * Medusa runs it once, during `medusa db:migrate`. Running it again changes nothing: a document
 * whose file is a recorded private upload is left alone, and the public file goes only after every
 * document on it has moved. A document whose file cannot be read is logged and left as it is.
 */
export default async function moveLegacyDocumentsToPrivateStorage({
  container,
}: {
  container: MedusaContainer
}): Promise<LegacyDocumentsMove> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const files = container.resolve(Modules.FILE)
  const outcome: LegacyDocumentsMove = { moved: [], missing: [], unrecognised: [] }

  const documents: LegacyDocument[] = await cooperatives.listCooperativeDocuments(
    {},
    { select: ["id", "file_id", "cooperative_id", "deleted_at"], withDeleted: true }
  )
  const fileIds = [...new Set(documents.map((document) => document.file_id))]
  const recorded = fileIds.length ? await cooperatives.listCooperativeUploads({ file_id: fileIds }, { select: ["file_id", "kind"] }) : []
  const privateFiles = new Set(recorded.filter((upload) => upload.kind === "document").map((upload) => upload.file_id))
  const photos = new Set(recorded.filter((upload) => upload.kind === "photo").map((upload) => upload.file_id))

  const byFile = new Map<string, LegacyDocument[]>()
  for (const document of documents) {
    if (!privateFiles.has(document.file_id)) {
      byFile.set(document.file_id, [...(byFile.get(document.file_id) ?? []), document])
    }
  }
  if (!byFile.size) {
    return outcome
  }
  logger.info(`Moving the public files of ${[...byFile.values()].flat().length} documents to private storage`)

  for (const [key, onFile] of byFile) {
    const ids = onFile.map((document) => document.id)
    const content = await files.getAsBuffer(key).catch(() => null)
    if (!content) {
      logger.warn(`File ${key} (documents ${ids.join(", ")}) was not found: those documents are left as they are`)
      outcome.missing.push(...ids)
      continue
    }
    const type = detectFileType(content)
    if (!type) {
      logger.warn(`File ${key} (documents ${ids.join(", ")}) is not a PDF or an image: it stays public, those documents are left as they are`)
      outcome.unrecognised.push(...ids)
      continue
    }
    // Each cooperative gets its own copy: an older bug let a document name another's file.
    for (const cooperativeId of new Set(onFile.map((document) => document.cooperative_id))) {
      const {
        result: [upload],
      } = await uploadCooperativeFilesWorkflow(container).run({
        input: {
          cooperative_id: cooperativeId,
          auth_identity_id: null,
          kind: "document",
          files: [{ filename: privateName(key, type.extension), mime_type: type.mime, content: content.toString("base64"), size: content.length }],
        },
      })
      const ofCooperative = onFile.filter((document) => document.cooperative_id === cooperativeId)
      await pointDocumentsAt(container, ofCooperative, upload.file_id)
      outcome.moved.push(...ofCooperative.map((document) => document.id))
    }
    if (!photos.has(key)) {
      await files.deleteFiles(key)
    }
  }
  logger.info(
    `Documents moved to private storage: ${outcome.moved.length}; left public, file missing: ${outcome.missing.length}, not a document file: ${outcome.unrecognised.length}`
  )
  return outcome
}

/**
 * Points documents at their new file. The module's update skips soft-deleted rows, so withdrawn
 * documents are updated with one SQL statement on the module's table.
 */
async function pointDocumentsAt(container: MedusaContainer, documents: LegacyDocument[], fileId: string) {
  const live = documents.filter((document) => !document.deleted_at).map((document) => document.id)
  const withdrawn = documents.filter((document) => document.deleted_at).map((document) => document.id)
  if (live.length) {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCooperativeDocuments({ selector: { id: live }, data: { file_id: fileId } })
  }
  if (withdrawn.length) {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg("cooperative_document").whereIn("id", withdrawn).update({ file_id: fileId, updated_at: new Date() })
  }
}

/** The old key's name without the local provider's time prefix, plain characters, the extension its content deserves. */
function privateName(key: string, extension: string): string {
  const base = (key.split("/").pop() ?? "")
    .replace(/^\d+-/, "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return `${base || "document"}.${extension}`
}
