import { model } from "@medusajs/framework/utils"
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from "@tadamon/shared"
import Cooperative from "./cooperative"

/**
 * A document a cooperative files: its ONSSA sanitary authorisation, the certificates behind the
 * labels it claims (IGP, organic) or another paper. Organizers verify or refuse it. A document
 * counts only while verified and not expired, which is computed when read (`documentCounts` in
 * @tadamon/shared), so expiry needs no job.
 */
const CooperativeDocument = model
  .define("cooperative_document", {
    id: model.id({ prefix: "cdoc" }).primaryKey(),
    type: model.enum([...DOCUMENT_TYPES]),
    /** The label's own name for IGP/organic, e.g. «Figue sèche Nabout de Taounate». */
    label_name: model.text().nullable(),
    number: model.text().nullable(),
    issuer: model.text().nullable(),
    valid_until: model.dateTime().nullable(),
    /** The File Module's id of its file: a private upload of the cooperative (`cooperative_upload`). */
    file_id: model.text(),
    status: model.enum([...DOCUMENT_STATUSES]).default("pending"),
    verified_at: model.dateTime().nullable(),
    /** The organizer (admin user id) who verified or refused it. */
    verified_by: model.text().nullable(),
    refusal_reason: model.text().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "documents" }),
  })
  .indexes([{ on: ["cooperative_id", "type"] }])

export default CooperativeDocument
