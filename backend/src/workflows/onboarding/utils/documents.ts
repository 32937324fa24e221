import type { MedusaContainer } from "@medusajs/framework/types"
import { DOCUMENT_TYPES_WITH_EXPIRY, documentExpired, type DocumentType, type VendorDocumentInput } from "@tadamon/shared"
import { invalidField } from "../../../utils/field-error"
import { ownUploads, type UploadOwner } from "./uploaded-files"

/** A document's checked fields; `file_url` is still the reference the cooperative sent. */
export type NormalizedDocument = {
  type: DocumentType
  label_name: string | null
  number: string | null
  issuer: string | null
  valid_until: Date | null
  file_url: string
}

/** A document ready for `createCooperativeDocuments` (the cooperative id added by the caller): its file is one of the owner's private uploads. */
export type FiledDocument = Omit<NormalizedDocument, "file_url"> & { file_id: string }

/**
 * Replaces each document's file reference by the File Module id of the owner's private upload it
 * names; a reference to anything else is a field error on its `file_url`.
 */
export async function fileDocuments(
  container: Pick<MedusaContainer, "resolve">,
  owner: UploadOwner,
  documents: NormalizedDocument[],
  prefix: string | null
): Promise<FiledDocument[]> {
  const uploads = await ownUploads(
    container,
    owner,
    "document",
    documents.map((document, index) => ({ field: documentField(prefix, index, "file_url"), reference: document.file_url }))
  )
  return documents.map(({ file_url: _reference, ...document }, index) => ({ ...document, file_id: uploads[index].file_id }))
}

/** A document field's path in the request: `documents.0.valid_until`, or `valid_until` for a single document (null prefix). */
export function documentField(prefix: string | null, index: number, name: string): string {
  return prefix === null ? name : `${prefix}.${index}.${name}`
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` as midnight UTC, or null when it is not a real calendar day. */
export function parseDay(value: string): Date | null {
  const match = DAY.exec(value)
  if (!match) {
    return null
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value ? date : null
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/**
 * Checks what a document needs whatever the route: a validity date (except `other`) that is a
 * real day and not past, a label name for IGP and organic certificates.
 */
export function normalizeDocuments(documents: VendorDocumentInput[], prefix: string | null, now: Date = new Date()): NormalizedDocument[] {
  return documents.map((document, index) => {
    const field = (name: string) => documentField(prefix, index, name)
    let valid_until: Date | null = null
    if (document.valid_until) {
      valid_until = parseDay(document.valid_until)
      if (!valid_until) {
        throw invalidField(field("valid_until"), "invalid_date")
      }
      if (documentExpired({ valid_until }, now)) {
        throw invalidField(field("valid_until"), "date_in_past")
      }
    } else if (DOCUMENT_TYPES_WITH_EXPIRY.includes(document.type)) {
      throw invalidField(field("valid_until"), "required")
    }
    const label_name = text(document.label_name)
    if ((document.type === "igp" || document.type === "organic") && !label_name) {
      throw invalidField(field("label_name"), "required")
    }
    return {
      type: document.type,
      label_name,
      number: text(document.number),
      issuer: text(document.issuer),
      valid_until,
      file_url: document.file_url.trim(),
    }
  })
}
