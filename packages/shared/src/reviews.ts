import type { Locale } from "./locales"

/**
 * Reviews from verified buyers: a signed-in customer rates (1–5) and may describe a product they
 * received, once per delivered order line; the cooperative answers publicly from the portal; the
 * organizers hide (with a reason) and restore in the Admin. Hidden reviews never leave the Admin.
 */

export const REVIEW_RATING_MIN = 1
export const REVIEW_RATING_MAX = 5
/** At most this many characters of review text, and of a cooperative's answer. */
export const REVIEW_TEXT_MAX = 2000
export const REVIEW_ANSWER_MAX = 2000
export const REVIEW_HIDE_REASON_MAX = 500

/** The languages a review may be written in (Tadamon's three; the one the customer chose is stored with it). */
export const REVIEW_LANGUAGES = ["ar", "fr", "en"] as const satisfies readonly Locale[]
export type ReviewLanguage = (typeof REVIEW_LANGUAGES)[number]

export const REVIEW_STATUSES = ["visible", "hidden"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_MODERATION_ACTIONS = ["hide", "restore"] as const
export type ReviewModerationAction = (typeof REVIEW_MODERATION_ACTIONS)[number]

/** Average (one decimal) and count of a product's or cooperative's visible reviews. */
export type ReviewAggregate = { average: number | null; count: number }

/** The cooperative's public answer to a review. */
export type ReviewAnswer = { text: string; answered_at: string; updated_at: string }

/** A review as the store shows it: the author's first name and initial only. */
export type StoreReview = {
  id: string
  product_id: string
  rating: number
  text: string | null
  language: ReviewLanguage
  /** "Fatima A." (or "" when the customer gave no name). */
  author: string
  created_at: string
  answer: ReviewAnswer | null
}

/** `GET /store/products/:id/reviews?limit=&offset=`: visible reviews, newest first, and the product's aggregate. */
export type StoreProductReviewsResponse = {
  reviews: StoreReview[]
  aggregate: ReviewAggregate
  count: number
  limit: number
  offset: number
}

/** `GET /store/reviews/aggregates?product_id[]=…` (product cards, search results) or `?cooperative_id=`. */
export type StoreReviewAggregatesResponse = {
  /** By product id; products without visible reviews are absent. */
  products: Record<string, ReviewAggregate>
  /** Over all the cooperative's products, when `cooperative_id` was asked. */
  cooperative?: ReviewAggregate
}

/** `POST /store/reviews` (signed-in customer): one review per delivered order line of their own orders. */
export type StoreCreateReviewRequest = {
  order_id: string
  line_item_id: string
  rating: number
  text?: string | null
  language: ReviewLanguage
}
export type StoreReviewResponse = { review: StoreReview }

/** The signed-in customer's own reviews (`GET /store/customers/me/reviews?order_id=`), to show what is left to review. */
export type StoreCustomerReview = StoreReview & { order_id: string; line_item_id: string }
export type StoreCustomerReviewsResponse = { reviews: StoreCustomerReview[] }

/** `POST /store/reviews/:id/report`, body `{}`: counted once per customer or address; 200 `{ reported: true }`. */
export type StoreReportReviewResponse = { reported: true }

/** A review of the cooperative's product, in the portal. */
export type VendorReview = StoreReview & {
  product_title: string
  status: ReviewStatus
}
/** `GET /vendor/reviews?limit=&offset=`: the cooperative's reviews (visible and hidden), newest first. */
export type VendorReviewListResponse = { reviews: VendorReview[]; count: number; limit: number; offset: number }
/** `POST /vendor/reviews/:id/answer` `{ text }`: creates or edits the cooperative's one answer. */
export type VendorAnswerReviewRequest = { text: string }
export type VendorReviewResponse = { review: VendorReview }

/** One organizer's decision about a review. */
export type ReviewModerationEvent = {
  id: string
  review_id: string
  action: ReviewModerationAction
  actor_id: string | null
  actor_email: string | null
  reason: string | null
  created_at: string
}

/** A review as organizers see it. */
export type AdminReview = VendorReview & {
  customer_id: string
  order_id: string
  cooperative: { id: string; name: string; handle: string } | null
  report_count: number
  hidden_reason: string | null
  moderation_events: ReviewModerationEvent[]
}
/** `GET /admin/reviews?status=&limit=&offset=`: reported reviews first (most reports first), then newest. */
export type AdminReviewListResponse = { reviews: AdminReview[]; count: number; limit: number; offset: number }
/** `POST /admin/reviews/:id/hide` `{ reason }` and `POST /admin/reviews/:id/restore` `{}`. */
export type AdminHideReviewRequest = { reason: string }
export type AdminReviewResponse = { review: AdminReview }
