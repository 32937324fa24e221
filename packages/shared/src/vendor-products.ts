import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "./locales"
import type { LabelDocumentType, VendorDocument } from "./vendor-documents"
import type { VendorCooperative, VendorMember } from "./vendor-members"

/** Listings, their review by organizers and the labels the store shows (see vendor-catalog.ts). */

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
