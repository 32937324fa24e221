import {
  documentCounts,
  documentExpired,
  type DocumentStatus,
  type DocumentType,
  type InvitationStatus,
  type VendorCooperative,
  type VendorDocument,
  type VendorInvitation,
  type VendorMember,
} from "@tadamon/shared"

/** Fields read for each response shape (query.graph field lists). */
export const VENDOR_COOPERATIVE_FIELDS = [
  "id",
  "handle",
  "name",
  "legal_registration_number",
  "region",
  "province",
  "commune",
  "sector",
  "founding_year",
  "member_count",
  "women_member_count",
  "story",
  "logo",
  "contact_phone",
  "contact_email",
  "status",
  "status_reason",
  "locale",
] as const

export const VENDOR_MEMBER_FIELDS = ["id", "email", "first_name", "last_name", "phone", "role", "locale", "created_at"] as const

export const VENDOR_DOCUMENT_FIELDS = [
  "id",
  "type",
  "label_name",
  "number",
  "issuer",
  "valid_until",
  "status",
  "verified_at",
  "refusal_reason",
  "created_at",
] as const

export const VENDOR_INVITATION_FIELDS = ["id", "email", "role", "status", "expires_at", "created_at"] as const

type DateLike = string | Date | null | undefined

function iso(value: DateLike): string | null {
  return value ? new Date(value).toISOString() : null
}

type StoredDocument = {
  id: string
  type: string
  label_name?: string | null
  number?: string | null
  issuer?: string | null
  valid_until?: DateLike
  status: string
  verified_at?: DateLike
  refusal_reason?: string | null
  created_at?: DateLike
}

/** A stored document as the cooperative reads it, with `is_valid` computed now. */
export function toVendorDocument(document: StoredDocument, now: Date = new Date()): VendorDocument {
  const valid_until = iso(document.valid_until)
  return {
    id: document.id,
    type: document.type as DocumentType,
    label_name: document.label_name ?? null,
    number: document.number ?? null,
    issuer: document.issuer ?? null,
    valid_until,
    status: document.status as DocumentStatus,
    verified_at: iso(document.verified_at),
    refusal_reason: document.refusal_reason ?? null,
    created_at: iso(document.created_at) ?? "",
    is_valid: documentCounts({ status: document.status, valid_until }, now),
    is_expired: documentExpired({ valid_until }, now),
  }
}

type StoredMember = Omit<VendorMember, "created_at" | "role"> & { role: string; created_at?: DateLike }

export function toVendorMember(member: StoredMember): VendorMember {
  return {
    id: member.id,
    email: member.email,
    first_name: member.first_name,
    last_name: member.last_name,
    phone: member.phone ?? null,
    role: member.role === "owner" ? "owner" : "member",
    locale: member.locale ?? null,
    created_at: iso(member.created_at) ?? "",
  }
}

export function toVendorCooperative(cooperative: Record<string, unknown>): VendorCooperative {
  return Object.fromEntries(VENDOR_COOPERATIVE_FIELDS.map((field) => [field, cooperative[field] ?? null])) as VendorCooperative
}

type StoredInvitation = { id: string; email: string; status: string; expires_at: DateLike; created_at?: DateLike }

export function toVendorInvitation(invitation: StoredInvitation, now: Date = new Date()): VendorInvitation {
  const expires_at = iso(invitation.expires_at) ?? ""
  const status: InvitationStatus =
    invitation.status === "pending" && new Date(expires_at).getTime() <= now.getTime() ? "expired" : (invitation.status as InvitationStatus)
  return { id: invitation.id, email: invitation.email, role: "member", status, expires_at, created_at: iso(invitation.created_at) ?? "" }
}
