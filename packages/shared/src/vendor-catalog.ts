import type { HttpTypes } from "@medusajs/types"
import type { CooperativeStatus, Sector } from "./cooperative"
import type { Locale, LocalizedText } from "./locales"

/**
 * The cooperative portal's contract for joining, members, documents and listings (`/vendor/*`),
 * the organizers' moderation routes (`/admin/cooperatives/*`, `/admin/products/:id/review`) and the
 * labels the store shows (`/store/products/:id/labels`, `labels` on `/store/cooperatives/:handle`).
 *
 * Auth: every `/vendor/*` route takes a `member` session or bearer token (actor type `member`).
 * Two routes take the bearer token of an identity that has no member yet (right after
 * `POST /auth/member/emailpass/register`): `POST /vendor/applications` and
 * `POST /vendor/invitations/accept`; `POST /vendor/uploads` accepts both kinds of token so an
 * applicant can attach files. After applying or accepting, the identity is bound to its member:
 * get a member token with `POST /auth/token/refresh` (same bearer) or sign in again.
 *
 * Files: each upload is recorded with its owner (the member's cooperative, or the registering
 * identity until its application creates the cooperative) and only the owner can refer to it.
 * Photos are public; documents are private, read through `GET /vendor/documents/:id/file`
 * (members of the cooperative) and `GET /admin/cooperatives/:id/documents/:document_id/file`
 * (organizers): the file itself, or a redirect to a short-lived signed URL on S3-compatible storage.
 *
 * Errors: 401 without a member session (or with a customer's, or a removed member's), 403 on writes
 * of a suspended cooperative and on owner-only routes for members, 404 for ids of another cooperative, 409 for
 * conflicts (taken email, handle or registration number), 400 with one error per field
 * (`VendorValidationErrorResponse`, messages in the request's locale: `?locale=` or
 * `x-medusa-locale`).
 */

/* ------------------------------------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------------------------------- */

export const VENDOR_VALIDATION_CODES = [
  "required",
  "too_short",
  "too_long",
  "too_small",
  "too_large",
  "invalid_value",
  "invalid_email",
  "invalid_phone",
  "invalid_date",
  "date_in_past",
  "unknown_province",
  "province_not_in_region",
  "sanitary_authorisation_required",
  "unknown_category",
  "unknown_document",
  "label_not_claimable",
  "invalid_file_url",
  "image_type",
  "duplicate_value",
  "invitation_invalid",
  "invitation_other_email",
  "file_type",
  "file_too_large",
  "reason_required",
  "period_reversed",
  "period_too_long",
  "cooperative_not_approved",
  "day_outside_edition",
  "already_taken",
  "csv_columns_missing",
] as const
export type VendorValidationCode = (typeof VENDOR_VALIDATION_CODES)[number]

/** `field` is the path in the request body, e.g. `cooperative.name` or `variants.1.price`. */
export type VendorFieldError = { field: string; code: VendorValidationCode; message: string }
/** HTTP 400 of every route below. */
export type VendorValidationErrorResponse = { type: "invalid_data"; message: string; errors: VendorFieldError[] }
/** HTTP 401/403/404/409: Medusa's error body. */
export type VendorErrorResponse = { type: string; message: string }

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

/* ------------------------------------------------------------------------------------------------
 * Listings
 * ---------------------------------------------------------------------------------------------- */

/**
 * Medusa's product statuses as a cooperative sees them:
 * - `draft`: not submitted (or unpublished by the cooperative);
 * - `proposed`: waiting for the organizers' review (every new product; a material change —
 *   title, description, translations, prices, variants, images or labels — of a published or
 *   rejected product sends it back here);
 * - `published`: on sale once the cooperative is approved;
 * - `rejected`: refused by the organizers, `review.reason` says why.
 */
export const VENDOR_PRODUCT_STATUSES = ["draft", "proposed", "published", "rejected"] as const
export type VendorProductStatus = (typeof VENDOR_PRODUCT_STATUSES)[number]
/** A variant is low on stock when what is left to sell (stock − reserved) is at most this. */
export const LOW_STOCK_THRESHOLD = 3

export const PRODUCT_TEXT_LIMITS = {
  title: { min: 2, max: 120 },
  description: { max: 5000 },
  option_title: { max: 40 },
  option_value: { max: 40 },
  variant_title: { max: 80 },
  images: { max: 10 },
  variants: { max: 20 },
  categories: { max: 5 },
  labels: { max: 5 },
} as const
export const PRICE_LIMITS = { min: 1, max: 1_000_000 } as const
export const STOCK_LIMITS = { min: 0, max: 100_000 } as const

/** Stored in product metadata `review`; the cooperative reads it on its listings. */
export type ProductReview = {
  status: "published" | "rejected"
  /** Why it was rejected (null when published). */
  reason: string | null
  /** ISO date-time of the organizers' decision. */
  at: string
}

export type VendorProductVariant = {
  id: string
  title: string
  sku: string | null
  /** The variant's value of the product's one option (e.g. "500 g"). */
  option_value: string | null
  /** MAD, major units. */
  price: number | null
  /** Units on hand at the cooperative's stock location. */
  stock: number
  /** Units held by orders not yet shipped. */
  reserved: number
  low_stock: boolean
}

export type VendorProductLabel = {
  document_id: string
  type: LabelDocumentType
  label_name: string | null
  /** The document still counts (verified, not expired); the store shows only those. */
  is_valid: boolean
}

export type VendorProductSummary = {
  id: string
  handle: string
  title: string
  status: VendorProductStatus
  thumbnail: string | null
  review: ProductReview | null
  /** Any variant at or below LOW_STOCK_THRESHOLD. */
  low_stock: boolean
  variants: VendorProductVariant[]
  created_at: string
  updated_at: string
}

export type VendorProduct = VendorProductSummary & {
  description: string | null
  translations: Partial<Record<Exclude<Locale, "ar">, { title?: string | null; description?: string | null }>>
  categories: Array<{ id: string; name: string; handle: string }>
  option: { id: string; title: string; values: string[] } | null
  images: Array<{ id: string; url: string }>
  labels: VendorProductLabel[]
}

/**
 * `GET /vendor/products?status=&q=&limit=&offset=`: newest first; `status` one or several
 * (comma-separated or repeated); `q` searches the stored (Arabic) title; limit 1–100, default 20.
 * Archived products are not listed.
 */
export type VendorProductListParams = {
  status?: VendorProductStatus | VendorProductStatus[]
  q?: string
  limit?: number
  offset?: number
}
export type VendorProductListResponse = { products: VendorProductSummary[]; count: number; limit: number; offset: number }
/** `GET /vendor/products/:id`, and the answer of every product write below. */
export type VendorProductResponse = { product: VendorProduct }

export type VendorProductTranslationsInput = Partial<
  Record<Exclude<Locale, "ar">, { title?: string | null; description?: string | null }>
>

export type VendorVariantInput = {
  /** Existing variant (update only). Without it, a new variant. */
  id?: string
  /** The variant's value of the product option, e.g. "500 g"; unique within the product. */
  option_value: string
  /** Defaults to `option_value`. */
  title?: string
  /** MAD, major units, up to 2 decimals. */
  price: number
  /** Units on hand at the cooperative's location (new variants: default 0; existing: unchanged when omitted). */
  stock?: number
}

/**
 * `POST /vendor/products`. The product starts `proposed` (or `draft` when asked), in no sales
 * channel; SKUs and handle are generated; inventory is managed at the cooperative's stock location.
 */
export type VendorCreateProductRequest = {
  /** Arabic. */
  title: string
  description?: string | null
  translations?: VendorProductTranslationsInput
  /** Existing product categories only. */
  category_ids?: string[]
  /** The title of the product's one option, e.g. "الوزن" (weight); its values are the variants' `option_value`s. */
  option_title: string
  variants: VendorVariantInput[]
  /** URLs from `POST /vendor/uploads`; the first is the thumbnail. */
  images?: string[]
  /** Ids of the cooperative's own igp/organic documents that are verified and valid. */
  label_document_ids?: string[]
  status?: "draft" | "proposed"
}

/**
 * `POST /vendor/products/:id`: any subset. `variants`, when given, is the whole list: variants
 * with an `id` are updated, without one created, missing ones deleted.
 */
export type VendorUpdateProductRequest = Partial<Omit<VendorCreateProductRequest, "status">>

/**
 * `POST /vendor/products/:id/status`: `draft` unpublishes (or withdraws from review),
 * `proposed` submits a draft or rejected product for review.
 */
export type VendorProductStatusRequest = { status: "draft" | "proposed" }

/** `POST /vendor/products/:id/variants/:variant_id/stock` → `VendorProductResponse`. */
export type VendorStockRequest = { quantity: number }

/** `DELETE /vendor/products/:id`: archives (soft-deletes) the product → `VendorDeleteResponse`. */

/* ------------------------------------------------------------------------------------------------
 * Organizers (Admin API, `user` actor)
 * ---------------------------------------------------------------------------------------------- */

/** A cooperative as organizers see it: `trusted` ones have their proposed products published at once. */
export type AdminCooperative = VendorCooperative & { trusted: boolean }

export type AdminCooperativeDetail = AdminCooperative & {
  members: VendorMember[]
  documents: VendorDocument[]
  created_at: string
}

/** `GET /admin/cooperatives?status=&limit=&offset=` */
export type AdminCooperativeListResponse = { cooperatives: AdminCooperative[]; count: number; limit: number; offset: number }
/** `GET /admin/cooperatives/:id` and the answer of the writes below. */
export type AdminCooperativeResponse = { cooperative: AdminCooperativeDetail }

/**
 * `POST /admin/cooperatives/:id/approve` (from pending or suspended, body `{}`): sets up its
 * shipping, puts its published products on sale in the storefront channel, emails the owner.
 */
/**
 * `POST /admin/cooperatives/:id/suspend` `{ reason }`: from pending (the application is refused)
 * or approved (suspended); its products leave the storefront; the owner is emailed the reason.
 */
export type AdminSuspendCooperativeRequest = { reason: string }

/** `POST /admin/cooperatives/:id/documents/:document_id/verify` → AdminCooperativeResponse. */
export type AdminVerifyDocumentRequest = { decision: "verify" | "refuse"; reason?: string }

/**
 * `POST /admin/products/:id/review`: publish a proposed product, or reject a proposed or published
 * one (`reason` required). → `{ product: { id, status, metadata: { review } } }`.
 */
export type AdminReviewProductRequest = { decision: "publish" | "reject"; reason?: string }
export type AdminReviewProductResponse = { product: { id: string; status: VendorProductStatus; review: ProductReview } }

/* ------------------------------------------------------------------------------------------------
 * Labels in the store
 * ---------------------------------------------------------------------------------------------- */

/**
 * A label a product on sale shows: an igp/organic document of its cooperative that the product
 * claims and that is verified and unexpired today. Read with `GET /store/products/:id/labels`
 * (publishable key; 404 for a product the key's channels do not sell) or, for a cooperative page,
 * in `labels` on each product of `GET /store/cooperatives/:handle`.
 */
export type StoreProductLabel = {
  id: string
  type: LabelDocumentType
  /** The label's own name, e.g. «Figue sèche Nabout de Taounate». */
  name: string | null
  number: string | null
  issuer: string | null
  valid_until: string
}
export type StoreProductLabelsResponse = { labels: StoreProductLabel[] }
/** A product of `GET /store/cooperatives/:handle` (`StoreCooperativeResponse.products`) carries its labels. */
export type StoreProductWithLabels = HttpTypes.StoreProduct & { labels: StoreProductLabel[] }

/* ------------------------------------------------------------------------------------------------
 * Messages of the 400s
 * ---------------------------------------------------------------------------------------------- */

export const VENDOR_VALIDATION_MESSAGES: Record<VendorValidationCode, LocalizedText> = {
  required: { ar: "الحقل «{field}» مطلوب.", fr: "Le champ « {field} » est obligatoire.", en: "{field} is required." },
  too_short: { ar: "«{field}» قصير جدا.", fr: "« {field} » est trop court.", en: "{field} is too short." },
  too_long: { ar: "«{field}» طويل جدا.", fr: "« {field} » est trop long.", en: "{field} is too long." },
  too_small: { ar: "قيمة «{field}» صغيرة جدا.", fr: "La valeur de « {field} » est trop petite.", en: "{field} is too small." },
  too_large: { ar: "قيمة «{field}» كبيرة جدا.", fr: "La valeur de « {field} » est trop grande.", en: "{field} is too large." },
  invalid_value: { ar: "قيمة «{field}» غير صالحة.", fr: "La valeur de « {field} » n'est pas valide.", en: "{field} has an invalid value." },
  invalid_email: {
    ar: "البريد الإلكتروني في «{field}» غير صحيح.",
    fr: "L'adresse e-mail « {field} » n'est pas valide.",
    en: "{field} is not a valid email address.",
  },
  invalid_phone: {
    ar: "رقم الهاتف في «{field}» غير صحيح: اكتب رقما مغربيا مثل 0612345678.",
    fr: "Le numéro « {field} » n'est pas valide : saisissez un numéro marocain, par exemple 0612345678.",
    en: "{field} is not a valid Moroccan number, e.g. 0612345678.",
  },
  invalid_date: {
    ar: "التاريخ في «{field}» غير صحيح (سنة-شهر-يوم).",
    fr: "La date « {field} » n'est pas valide (AAAA-MM-JJ).",
    en: "{field} is not a valid date (YYYY-MM-DD).",
  },
  date_in_past: {
    ar: "انتهت صلاحية الوثيقة: «{field}» تاريخ مضى.",
    fr: "Le document a expiré : « {field} » est une date passée.",
    en: "The document has expired: {field} is in the past.",
  },
  unknown_province: {
    ar: "العمالة أو الإقليم في «{field}» غير معروف.",
    fr: "La province ou préfecture « {field} » est inconnue.",
    en: "Unknown province or prefecture in {field}.",
  },
  province_not_in_region: {
    ar: "الإقليم المختار في «{field}» لا ينتمي إلى الجهة المختارة.",
    fr: "La province choisie (« {field} ») n'appartient pas à la région choisie.",
    en: "The province in {field} is not in the chosen region.",
  },
  sanitary_authorisation_required: {
    ar: "التعاونيات الغذائية ترفق الترخيص الصحي (أونسا) في «{field}».",
    fr: "Les coopératives alimentaires joignent leur autorisation sanitaire (ONSSA) dans « {field} ».",
    en: "Food cooperatives attach their sanitary authorisation (ONSSA) in {field}.",
  },
  unknown_category: {
    ar: "الصنف في «{field}» غير موجود.",
    fr: "La catégorie « {field} » n'existe pas.",
    en: "The category in {field} does not exist.",
  },
  unknown_document: {
    ar: "الوثيقة في «{field}» ليست من وثائق تعاونيتكم.",
    fr: "Le document « {field} » n'appartient pas à votre coopérative.",
    en: "The document in {field} is not one of your cooperative's.",
  },
  label_not_claimable: {
    ar: "لا يمكن ذكر العلامة في «{field}»: يجب أن تكون شهادة بيان جغرافي أو منتوج بيولوجي مُتحقَّقا منها وسارية.",
    fr: "Le label « {field} » ne peut pas être revendiqué : il faut un certificat IGP ou bio vérifié et en cours de validité.",
    en: "The label in {field} cannot be claimed: it must be a verified, unexpired IGP or organic certificate.",
  },
  invalid_file_url: {
    ar: "الملف في «{field}» ليس من الملفات التي رفعتموها على تضامن لهذا الغرض.",
    fr: "Le fichier « {field} » ne fait pas partie des fichiers que vous avez téléversés sur Tadamon pour cet usage.",
    en: "The file in {field} is not one you uploaded to Tadamon for this use.",
  },
  image_type: {
    ar: "الصور في «{field}» تكون بصيغة JPEG أو PNG أو WebP.",
    fr: "Les photos de « {field} » doivent être en JPEG, PNG ou WebP.",
    en: "Photos in {field} must be JPEG, PNG or WebP.",
  },
  duplicate_value: {
    ar: "القيمة في «{field}» مكررة.",
    fr: "La valeur de « {field} » est en double.",
    en: "{field} is repeated.",
  },
  invitation_invalid: {
    ar: "الدعوة غير صالحة أو انتهت مدتها: اطلبوا دعوة جديدة.",
    fr: "L'invitation n'est plus valable ou a expiré : demandez-en une nouvelle.",
    en: "The invitation is not valid or has expired: ask for a new one.",
  },
  invitation_other_email: {
    ar: "أُرسلت هذه الدعوة إلى بريد إلكتروني آخر: سجّلوا بالبريد الذي توصّل بها.",
    fr: "Cette invitation a été envoyée à une autre adresse : inscrivez-vous avec l'adresse qui l'a reçue.",
    en: "This invitation was sent to another address: register with the address that received it.",
  },
  file_type: {
    ar: "نوع الملف في «{field}» غير مقبول: صور (JPEG أو PNG أو WebP) أو PDF.",
    fr: "Type de fichier refusé pour « {field} » : images (JPEG, PNG, WebP) ou PDF.",
    en: "{field}: only images (JPEG, PNG, WebP) or PDF are accepted.",
  },
  file_too_large: {
    ar: "الملف في «{field}» أكبر من 5 ميغابايت.",
    fr: "Le fichier « {field} » dépasse 5 Mo.",
    en: "{field} is larger than 5 MB.",
  },
  reason_required: {
    ar: "اكتبوا السبب في «{field}».",
    fr: "Indiquez la raison dans « {field} ».",
    en: "Give the reason in {field}.",
  },
  period_reversed: {
    ar: "«{field}» يجب ألا يكون بعد تاريخ النهاية.",
    fr: "« {field} » ne peut pas être après la date de fin.",
    en: "{field} must not be after the end date.",
  },
  period_too_long: {
    ar: "الفترة التي تبدأ من «{field}» طويلة جدا لهذا التقسيم: اختاروا تقسيما أطول.",
    fr: "La période à partir de « {field} » est trop longue pour ce découpage : choisissez un intervalle plus long.",
    en: "The period starting at {field} is too long for this interval: choose a longer interval.",
  },
  cooperative_not_approved: {
    ar: "التعاونية في «{field}» غير موجودة أو لم تُقبل بعد.",
    fr: "La coopérative « {field} » n'existe pas ou n'est pas validée.",
    en: "The cooperative in {field} does not exist or is not approved.",
  },
  day_outside_edition: {
    ar: "«{field}» يجب أن يكون بين اليوم الأول واليوم الأخير للدورة.",
    fr: "« {field} » doit tomber entre le premier et le dernier jour de l'édition.",
    en: "{field} must fall between the edition's first and last day.",
  },
  already_taken: {
    ar: "«{field}» مستعمل من قبل.",
    fr: "« {field} » est déjà utilisé.",
    en: "{field} is already taken.",
  },
  csv_columns_missing: {
    ar: "يجب أن يبدأ «{field}» بسطر عناوين يسمي عمود رقم التتبع وعمود المبلغ.",
    fr: "« {field} » doit commencer par une ligne d'en-tête nommant les colonnes du numéro de suivi et du montant.",
    en: "{field} must start with a header row naming the tracking number and amount columns.",
  },
}

/** Labels of the fields named in vendor messages (by last path segment). */
export const VENDOR_FIELD_LABELS: Record<string, LocalizedText> = {
  first_name: { ar: "الاسم الشخصي", fr: "Prénom", en: "First name" },
  last_name: { ar: "الاسم العائلي", fr: "Nom", en: "Last name" },
  phone: { ar: "الهاتف", fr: "Téléphone", en: "Phone" },
  email: { ar: "البريد الإلكتروني", fr: "E-mail", en: "Email" },
  name: { ar: "اسم التعاونية", fr: "Nom de la coopérative", en: "Cooperative name" },
  name_fr: { ar: "الاسم بالفرنسية", fr: "Nom en français", en: "Name in French" },
  name_en: { ar: "الاسم بالإنجليزية", fr: "Nom en anglais", en: "Name in English" },
  handle: { ar: "المعرّف", fr: "Identifiant", en: "Handle" },
  legal_registration_number: { ar: "رقم التسجيل", fr: "Numéro d'immatriculation", en: "Registration number" },
  region: { ar: "الجهة", fr: "Région", en: "Region" },
  province: { ar: "العمالة أو الإقليم", fr: "Province ou préfecture", en: "Province or prefecture" },
  commune: { ar: "الجماعة", fr: "Commune", en: "Commune" },
  sector: { ar: "القطاع", fr: "Secteur", en: "Sector" },
  founding_year: { ar: "سنة التأسيس", fr: "Année de création", en: "Founding year" },
  member_count: { ar: "عدد الأعضاء", fr: "Nombre de membres", en: "Number of members" },
  women_member_count: { ar: "عدد العضوات", fr: "Nombre de femmes membres", en: "Number of women members" },
  story: { ar: "قصة التعاونية", fr: "Histoire de la coopérative", en: "Story" },
  story_fr: { ar: "القصة بالفرنسية", fr: "Histoire en français", en: "Story in French" },
  story_en: { ar: "القصة بالإنجليزية", fr: "Histoire en anglais", en: "Story in English" },
  contact_phone: { ar: "هاتف التعاونية", fr: "Téléphone de la coopérative", en: "Cooperative phone" },
  documents: { ar: "الوثائق", fr: "Documents", en: "Documents" },
  type: { ar: "نوع الوثيقة", fr: "Type de document", en: "Document type" },
  label_name: { ar: "اسم العلامة", fr: "Nom du label", en: "Label name" },
  number: { ar: "الرقم", fr: "Numéro", en: "Number" },
  issuer: { ar: "الجهة المُصدِرة", fr: "Organisme émetteur", en: "Issuer" },
  valid_until: { ar: "صالح إلى غاية", fr: "Valable jusqu'au", en: "Valid until" },
  file_url: { ar: "الملف", fr: "Fichier", en: "File" },
  files: { ar: "الملفات", fr: "Fichiers", en: "Files" },
  token: { ar: "رمز الدعوة", fr: "Code d'invitation", en: "Invitation code" },
  title: { ar: "العنوان", fr: "Titre", en: "Title" },
  description: { ar: "الوصف", fr: "Description", en: "Description" },
  category_ids: { ar: "الأصناف", fr: "Catégories", en: "Categories" },
  option_title: { ar: "اسم الخيار", fr: "Nom de l'option", en: "Option name" },
  option_value: { ar: "قيمة الخيار", fr: "Valeur de l'option", en: "Option value" },
  variants: { ar: "الأصناف الفرعية", fr: "Variantes", en: "Variants" },
  price: { ar: "الثمن", fr: "Prix", en: "Price" },
  stock: { ar: "المخزون", fr: "Stock", en: "Stock" },
  quantity: { ar: "الكمية", fr: "Quantité", en: "Quantity" },
  images: { ar: "الصور", fr: "Images", en: "Images" },
  label_document_ids: { ar: "العلامات", fr: "Labels", en: "Labels" },
  status: { ar: "الحالة", fr: "Statut", en: "Status" },
  reason: { ar: "السبب", fr: "Raison", en: "Reason" },
  decision: { ar: "القرار", fr: "Décision", en: "Decision" },
  locale: { ar: "اللغة", fr: "Langue", en: "Language" },
  q: { ar: "البحث", fr: "Recherche", en: "Search" },
  limit: { ar: "العدد", fr: "Nombre", en: "Limit" },
  offset: { ar: "البداية", fr: "Début", en: "Offset" },
  carrier: { ar: "شركة النقل", fr: "Transporteur", en: "Carrier" },
  tracking_number: { ar: "رقم التتبع", fr: "Numéro de suivi", en: "Tracking number" },
  tracking_url: { ar: "رابط التتبع", fr: "Lien de suivi", en: "Tracking link" },
  from: { ar: "من تاريخ", fr: "Du", en: "From" },
  to: { ar: "إلى تاريخ", fr: "Au", en: "To" },
  interval: { ar: "التقسيم", fr: "Intervalle", en: "Interval" },
  // Organizers' settlement.
  csv: { ar: "ملف الكشف", fr: "Fichier du relevé", en: "Statement file" },
  filename: { ar: "اسم الملف", fr: "Nom du fichier", en: "File name" },
  // Market editions (organizers). Dotted keys label a text in one language, e.g. `program.0.title.fr`.
  "name.ar": { ar: "الاسم بالعربية", fr: "Nom en arabe", en: "Name in Arabic" },
  "name.fr": { ar: "الاسم بالفرنسية", fr: "Nom en français", en: "Name in French" },
  "name.en": { ar: "الاسم بالإنجليزية", fr: "Nom en anglais", en: "Name in English" },
  venue: { ar: "المكان", fr: "Lieu", en: "Venue" },
  "venue.ar": { ar: "المكان بالعربية", fr: "Lieu en arabe", en: "Venue in Arabic" },
  "venue.fr": { ar: "المكان بالفرنسية", fr: "Lieu en français", en: "Venue in French" },
  "venue.en": { ar: "المكان بالإنجليزية", fr: "Lieu en anglais", en: "Venue in English" },
  "title.ar": { ar: "العنوان بالعربية", fr: "Titre en arabe", en: "Title in Arabic" },
  "title.fr": { ar: "العنوان بالفرنسية", fr: "Titre en français", en: "Title in French" },
  "title.en": { ar: "العنوان بالإنجليزية", fr: "Titre en anglais", en: "Title in English" },
  starts_on: { ar: "اليوم الأول", fr: "Premier jour", en: "First day" },
  ends_on: { ar: "اليوم الأخير", fr: "Dernier jour", en: "Last day" },
  edition_number: { ar: "رقم الدورة", fr: "Numéro de l'édition", en: "Edition number" },
  participants: { ar: "التعاونيات المشاركة", fr: "Coopératives participantes", en: "Participating cooperatives" },
  cooperative_id: { ar: "التعاونية", fr: "Coopérative", en: "Cooperative" },
  stand_number: { ar: "رقم الرواق", fr: "Numéro de stand", en: "Stand number" },
  program: { ar: "البرنامج", fr: "Programme", en: "Program" },
  kind: { ar: "النوع", fr: "Type", en: "Kind" },
  day: { ar: "اليوم", fr: "Jour", en: "Day" },
  starts_at: { ar: "ساعة البداية", fr: "Heure de début", en: "Start time" },
  ends_at: { ar: "ساعة النهاية", fr: "Heure de fin", en: "End time" },
}

/**
 * The message for a code; the field's last non-numeric path segment is labelled per locale (its last
 * two, e.g. `name.fr`, when they have a label of their own).
 */
export function vendorValidationMessage(code: VendorValidationCode, field: string, locale: Locale): string {
  const segments = field.split(".").filter((segment) => !/^\d+$/.test(segment))
  const key = segments[segments.length - 1] ?? field
  const pair = segments.slice(-2).join(".")
  const label = (segments.length > 1 ? VENDOR_FIELD_LABELS[pair]?.[locale] : undefined) ?? VENDOR_FIELD_LABELS[key]?.[locale] ?? field
  return VENDOR_VALIDATION_MESSAGES[code][locale].replace("{field}", label)
}
