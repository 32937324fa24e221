import { model } from "@medusajs/framework/utils"
import { UPLOAD_KINDS, UPLOAD_MIME_TYPES } from "@tadamon/shared"

/**
 * A file sent through `POST /vendor/uploads`, with its owner: the cooperative of the member who
 * sent it, or the registering auth identity of someone applying (until the application creates
 * the cooperative, which then owns the file). Only the owner's files can be referred to: photos
 * (public, by their URL) as product images, documents (private) as the files of its documents.
 */
const CooperativeUpload = model
  .define("cooperative_upload", {
    id: model.id({ prefix: "cupl" }).primaryKey(),
    /** The File Module's id of the file (its key in the storage). */
    file_id: model.text().unique(),
    kind: model.enum([...UPLOAD_KINDS]),
    /** A photo's public URL as the File Module returned it; null for a private document. */
    url: model.text().nullable(),
    mime_type: model.enum([...UPLOAD_MIME_TYPES]),
    size: model.number(),
    cooperative_id: model.text().nullable(),
    /** Who sent it: the member's or the applicant's auth identity. */
    auth_identity_id: model.text().nullable(),
  })
  .indexes([{ on: ["cooperative_id", "kind"] }, { on: ["auth_identity_id", "kind"] }, { on: ["url"] }])

export default CooperativeUpload
