import type { LocalizedText } from "./locales"

/** Documents and uploads of the cooperative portal (see vendor-catalog.ts). */

/* ------------------------------------------------------------------------------------------------
 * Documents (sanitary authorisation, labels)
 * ---------------------------------------------------------------------------------------------- */

export const DOCUMENT_TYPES = ["sanitary_authorisation", "igp", "organic", "other"] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]
/** Document types a product can claim as a label, and the store shows. */
export const LABEL_DOCUMENT_TYPES = ["igp", "organic"] as const satisfies readonly DocumentType[]
export type LabelDocumentType = (typeof LABEL_DOCUMENT_TYPES)[number]
export const DOCUMENT_STATUSES = ["pending", "verified", "refused"] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]

/** Only `other` documents may omit `valid_until`. */
export const DOCUMENT_TYPES_WITH_EXPIRY: readonly DocumentType[] = ["sanitary_authorisation", "igp", "organic"]

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, LocalizedText> = {
  sanitary_authorisation: { ar: "الترخيص الصحي (أونسا)", fr: "Autorisation sanitaire (ONSSA)", en: "Sanitary authorisation (ONSSA)" },
  igp: { ar: "بيان جغرافي محمي", fr: "Indication géographique protégée", en: "Protected geographical indication" },
  organic: { ar: "منتوج بيولوجي", fr: "Agriculture biologique", en: "Organic" },
  other: { ar: "وثيقة أخرى", fr: "Autre document", en: "Other document" },
}

/** What the cooperative sends for one document (application or `POST /vendor/documents`). */
export type VendorDocumentInput = {
  type: DocumentType
  /** The label's own name for igp/organic, e.g. «Figue sèche Nabout de Taounate». */
  label_name?: string | null
  /** Authorisation or certificate number. */
  number?: string | null
  /** Who issued it (ONSSA, the certifying body…). */
  issuer?: string | null
  /** `YYYY-MM-DD`, today or later; required except for `other`. */
  valid_until?: string | null
  /**
   * The `id` of a document uploaded by the same cooperative (or, in an application, by the same
   * registering identity) with `POST /vendor/uploads` (`kind` document). Anything else (another
   * cooperative's file, a photo, a URL elsewhere) is a 400 `invalid_file_url`.
   */
  file_url: string
}

/** A filed document. Its file is private: `GET /vendor/documents/:id/file` (or the organizers' route) serves it. */
export type VendorDocument = {
  id: string
  type: DocumentType
  label_name: string | null
  number: string | null
  issuer: string | null
  /** ISO date-time (midnight UTC of the day given). */
  valid_until: string | null
  status: DocumentStatus
  verified_at: string | null
  refusal_reason: string | null
  created_at: string
  /** Verified and not expired now (computed at read time): the only documents that count. */
  is_valid: boolean
  /** `valid_until` is past. */
  is_expired: boolean
}

/** A document counts when verified and valid through the whole day of `valid_until`. */
export function documentCounts(
  document: { status: string; valid_until: string | Date | null },
  now: Date = new Date()
): boolean {
  return document.status === "verified" && !documentExpired(document, now) && document.valid_until !== null
}

export function documentExpired(document: { valid_until: string | Date | null }, now: Date = new Date()): boolean {
  if (document.valid_until === null) {
    return false
  }
  const day = new Date(document.valid_until)
  const endOfDay = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1)
  return endOfDay <= now.getTime()
}

/** `GET /vendor/documents` */
export type VendorDocumentListResponse = { documents: VendorDocument[] }
/** `POST /vendor/documents` (body `VendorDocumentInput`), `GET /vendor/documents/:id` */
export type VendorDocumentResponse = { document: VendorDocument }
/** `DELETE /vendor/documents/:id`: pending or refused documents only (409 for a verified one). */
export type VendorDeleteResponse = { id: string; object: string; deleted: true }

/* ------------------------------------------------------------------------------------------------
 * Uploads
 * ---------------------------------------------------------------------------------------------- */

/**
 * `POST /vendor/uploads`, multipart/form-data: field `kind` (`photo` or `document`) and field name
 * `files` (1–10 files). Types are recognised by content: photos are images, documents images or PDF.
 */
export const UPLOAD_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const
export const PHOTO_MIME_TYPES = ["image/jpeg", "image/png", "image/webp"] as const satisfies readonly (typeof UPLOAD_MIME_TYPES)[number][]
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024
export const UPLOAD_MAX_FILES = 10
/** Photos (product images) are public; documents (authorisations, certificates) are private. */
export const UPLOAD_KINDS = ["photo", "document"] as const
export type UploadKind = (typeof UPLOAD_KINDS)[number]
export type VendorUploadedFile = {
  /** The file's id on Tadamon's file service: what a document's `file_url` names. */
  id: string
  kind: UploadKind
  /** A photo's public URL (what product `images` list); null for a private document. */
  url: string | null
  mime_type: (typeof UPLOAD_MIME_TYPES)[number]
}
export type VendorUploadResponse = { files: VendorUploadedFile[] }
