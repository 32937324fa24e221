import type { DocumentType } from "@tadamon/shared/contracts/vendor"

/**
 * The inputs of the application form. Text inputs are named after the request body's paths
 * (`POST /vendor/applications`), so the backend's field errors land next to them as they are.
 * Imports nothing at run time: the form's client islands use it too.
 */
export const APPLICATION_TEXT_INPUTS = [
  "member.first_name",
  "member.last_name",
  "member.phone",
  "email",
  "cooperative.name",
  "cooperative.name_fr",
  "cooperative.name_en",
  "cooperative.legal_registration_number",
  "cooperative.sector",
  "cooperative.region",
  "cooperative.province",
  "cooperative.commune",
  "cooperative.founding_year",
  "cooperative.member_count",
  "cooperative.women_member_count",
  "cooperative.contact_phone",
  "cooperative.story",
  "cooperative.story_fr",
  "cooperative.story_en",
] as const

/**
 * The documents the form offers, one slot each: the sanitary authorisation (required for food
 * sectors) and the two labels a product may later claim. A slot's inputs are `<slot>.number`,
 * `<slot>.issuer`, `<slot>.valid_until`, `<slot>.label_name` (labels), `<slot>.file` and
 * `<slot>.file_url` (a file already uploaded by an earlier attempt).
 */
export const DOCUMENT_SLOTS = [
  { slot: "sanitary", type: "sanitary_authorisation", label: false },
  { slot: "igp", type: "igp", label: true },
  { slot: "organic", type: "organic", label: true },
] as const satisfies readonly { slot: string; type: DocumentType; label: boolean }[]

export type DocumentSlot = (typeof DOCUMENT_SLOTS)[number]["slot"]

export const DOCUMENT_TEXT_INPUTS = ["label_name", "number", "issuer", "valid_until"] as const

/** Accepted by `POST /vendor/uploads` (UPLOAD_MIME_TYPES), for the file inputs' `accept`. */
export const DOCUMENT_ACCEPT = "image/jpeg,image/png,image/webp,application/pdf"
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp"
