import type { CooperativeStatus, Sector } from "./cooperative"
import type { Locale } from "./locales"
import type { VendorDeleteResponse, VendorDocument, VendorDocumentInput } from "./vendor-documents"

/** Applying as a cooperative, members and invitations (see vendor-catalog.ts). */

/* ------------------------------------------------------------------------------------------------
 * Applying as a cooperative
 * ---------------------------------------------------------------------------------------------- */

/** Arabic is stored; French and English go to the Translation Module. */
export type VendorCooperativeTranslations = Partial<Record<Exclude<Locale, "ar">, { name?: string; story?: string; commune?: string }>>

/** `POST /vendor/applications` (bearer token of the registering identity). */
export type VendorApplicationRequest = {
  member: { first_name: string; last_name: string; phone?: string | null }
  cooperative: {
    /** In Arabic. */
    name: string
    name_fr?: string | null
    name_en?: string | null
    /** Optional wished handle (lowercase letters, digits, dashes); generated from the name otherwise. 409 when taken. */
    handle?: string | null
    legal_registration_number: string
    /** Region code ("03") and province/prefecture code ("taounate") from `@tadamon/shared` geography. */
    region: string
    province: string
    commune: string
    sector: Sector
    founding_year?: number | null
    member_count: number
    women_member_count: number
    /** In Arabic. */
    story: string
    story_fr?: string | null
    story_en?: string | null
    contact_phone: string
    /** The language of the cooperative's emails; the request's locale otherwise. */
    locale?: Locale
  }
  /** Food sectors (FOOD_SECTORS) need one `sanitary_authorisation`. */
  documents: VendorDocumentInput[]
}

export type VendorCooperative = {
  id: string
  handle: string
  name: string
  legal_registration_number: string
  region: string
  province: string
  commune: string
  sector: Sector
  founding_year: number | null
  member_count: number
  women_member_count: number
  story: string
  logo: string | null
  contact_phone: string | null
  contact_email: string | null
  status: CooperativeStatus
  /** Why it was suspended (or its application refused): shown to the cooperative. */
  status_reason: string | null
  locale: Locale
}

export type VendorMember = {
  id: string
  email: string
  first_name: string
  last_name: string
  phone: string | null
  role: "owner" | "member"
  locale: string | null
  created_at: string
}

/** `POST /vendor/applications` → 200. 409 when the identity already has a member, or the email, handle or registration number is taken. */
export type VendorApplicationResponse = {
  cooperative: VendorCooperative
  member: VendorMember
  documents: VendorDocument[]
}

/** `GET /vendor/me`: the signed-in member and their cooperative (any status). */
export type VendorMeResponse = {
  member: Omit<VendorMember, "created_at">
  cooperative: Pick<
    VendorCooperative,
    "id" | "handle" | "name" | "status" | "status_reason" | "sector" | "province" | "region" | "commune" | "logo" | "locale"
  >
}

/* ------------------------------------------------------------------------------------------------
 * Members and invitations (owner only, except reading the member list)
 * ---------------------------------------------------------------------------------------------- */

export const INVITATION_VALID_DAYS = 7
export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired"

export type VendorInvitation = {
  id: string
  email: string
  role: "member"
  /** `expired` is computed at read time from `expires_at`. */
  status: InvitationStatus
  expires_at: string
  created_at: string
}

/** `GET /vendor/members` (any member). */
/** `GET` and `POST /vendor/cooperative`: the member's cooperative. */
export type VendorCooperativeResponse = { cooperative: VendorCooperative }

/**
 * `POST /vendor/cooperative` (owner only): the contact details customers read as the seller's.
 * Absent leaves a field as it is; null or "" clears it.
 */
export type VendorUpdateCooperativeBody = {
  contact_phone?: string | null
  contact_email?: string | null
}

export type VendorMemberListResponse = { members: VendorMember[] }
/** `DELETE /vendor/members/:id` (owner; not themselves): the member's sign-in no longer opens the portal. */
export type VendorMemberDeleteResponse = VendorDeleteResponse

/**
 * `POST /vendor/members/invitations` (owner). Emails a link `${storefront}/{locale}/coop/join?token=…`
 * valid 7 days, in `locale` or the cooperative's language. Inviting the same email again replaces
 * the pending invitation. 409 when the email already belongs to a member.
 */
export type VendorCreateInvitationRequest = { email: string; locale?: Locale }
export type VendorInvitationResponse = { invitation: VendorInvitation }
/** `GET /vendor/members/invitations` (owner): pending and past invitations, newest first. */
export type VendorInvitationListResponse = { invitations: VendorInvitation[] }
/** `DELETE /vendor/members/invitations/:id` (owner): revokes a pending invitation → `VendorInvitationResponse` (409 when not pending). */

/**
 * `POST /vendor/invitations/accept` (bearer token of the invited person's new identity, whose
 * email must be the invited one). 400 `token` when unknown, used, revoked or expired; 409 when the
 * identity or email already belongs to a member.
 */
export type VendorAcceptInvitationRequest = {
  token: string
  first_name: string
  last_name: string
  phone?: string | null
  /** The member's language (emails); the request's locale otherwise. */
  locale?: Locale
}
export type VendorAcceptInvitationResponse = {
  member: VendorMember
  cooperative: Pick<VendorCooperative, "id" | "handle" | "name" | "status">
}

/**
 * Password reset for members: `POST /auth/member/emailpass/reset-password`
 * `{ identifier: email, metadata?: { locale } }` emails a link
 * `${storefront}/{locale}/coop/reset-password?token=…&email=…`; the page then calls
 * `POST /auth/member/emailpass/update` with `{ email, password }` and `Authorization: Bearer <token>`.
 */
