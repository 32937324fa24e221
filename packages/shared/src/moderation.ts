import type { Locale } from "./locales"
import type { CooperativeStatus } from "./cooperative"
import type { DocumentType, LabelDocumentType, ProductReview } from "./vendor-catalog"

/**
 * The organizers' moderation (Admin API, `user` actor; 401 for anyone else): cooperative decisions,
 * document verification, product review, trust (auto-publish) and the moderation log.
 */

export const MODERATION_ACTIONS = [
  "approve",
  "reject",
  "suspend",
  "reinstate",
  "verify_document",
  "refuse_document",
  "expire_document",
  "publish_product",
  "reject_product",
  "trust",
  "distrust",
] as const
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]

export const MODERATION_TARGET_TYPES = ["cooperative", "document", "product"] as const
export type ModerationTargetType = (typeof MODERATION_TARGET_TYPES)[number]

/** One recorded decision. `actor_id`/`actor_email` are null when the system acted (expiry, auto-publish). */
export type ModerationEvent = {
  id: string
  cooperative_id: string
  action: ModerationAction
  target_type: ModerationTargetType
  target_id: string
  actor_id: string | null
  actor_email: string | null
  reason: string | null
  details: Record<string, unknown> | null
  created_at: string
}

/** `GET /admin/cooperatives/:id/moderation-events?limit=&offset=`: newest first. */
export type AdminModerationEventListResponse = { events: ModerationEvent[]; count: number; limit: number; offset: number }

/** `POST /admin/cooperatives/:id/reject` (pending only) and `/suspend` (approved only): `reason` required. */
export type AdminReasonRequest = { reason: string }
/** `POST /admin/cooperatives/:id/reinstate` (suspended only), body `{}`. */
/** `POST /admin/cooperatives/:id/trust` → AdminCooperativeResponse. */
export type AdminTrustCooperativeRequest = { trusted: boolean }

/**
 * `POST /admin/cooperatives/:id/documents/:document_id/verify`:
 * `{ decision: "verify", valid_until?: "YYYY-MM-DD" }` (sets or corrects the expiry; required when the
 * document has none and its type expires) or `{ decision: "refuse", reason }`.
 */
export type AdminDocumentDecisionRequest =
  | { decision: "verify"; valid_until?: string | null }
  | { decision: "refuse"; reason: string }

/** A proposed product as the review queue previews it. */
export type AdminReviewQueueProduct = {
  id: string
  handle: string
  title: Record<Locale, string | null>
  description: Record<Locale, string | null>
  thumbnail: string | null
  images: string[]
  variants: Array<{ id: string; title: string; option_value: string | null; price: number | null; currency_code: string }>
  cooperative: { id: string; name: string; handle: string; status: string; trusted: boolean }
  /** The labels it claims; `is_valid`: verified and unexpired now (only those show in the store). */
  labels: Array<{ document_id: string; type: LabelDocumentType | DocumentType; label_name: string | null; is_valid: boolean }>
  created_at: string
  updated_at: string
}

/** `GET /admin/products/review-queue?limit=&offset=`: proposed products of cooperatives, oldest first. */
export type AdminReviewQueueResponse = { products: AdminReviewQueueProduct[]; count: number; limit: number; offset: number }

/** `GET /admin/products/:id/review`: where a product stands in moderation; `cooperative` null for the platform's own products. */
export type AdminProductModerationResponse = {
  product: { id: string; status: string; review: ProductReview | null }
  cooperative: { id: string; name: string; status: CooperativeStatus; trusted: boolean } | null
}
