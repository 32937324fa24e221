import "server-only"
import type { VendorReviewListResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { vendorGet } from "./vendor-fetch"

export const VENDOR_REVIEWS_PAGE_SIZE = 20

/** A page of the reviews of the cooperative's products (hidden ones too), newest first. */
export function listVendorReviews(locale: Locale, page: number): Promise<VendorReviewListResponse> {
  return vendorGet<VendorReviewListResponse>("/vendor/reviews", {
    locale,
    query: { limit: VENDOR_REVIEWS_PAGE_SIZE, offset: Math.max(0, page - 1) * VENDOR_REVIEWS_PAGE_SIZE },
  })
}
