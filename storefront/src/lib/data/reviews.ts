import "server-only"
import type {
  ReviewAggregate,
  StoreCustomerReview,
  StoreCustomerReviewsResponse,
  StoreProductReviewsResponse,
  StoreReviewAggregatesResponse,
} from "@tadamon/shared/contracts/store"
import { cache } from "react"
import { CACHE_TAGS } from "./cache"
import { nullWhenSignedOut, storeGet, visitorGet } from "./store-fetch"

/** Reviews change rarely and expire by tag (`review.changed`); this bounds a missed notification. */
const REVIEWS_REVALIDATE_SECONDS = 600

export const REVIEWS_PAGE_SIZE = 10

const NO_REVIEWS: ReviewAggregate = { average: null, count: 0 }

/** A page of a product's visible reviews, newest first, with its aggregate. */
export function getProductReviews(productId: string, page: number): Promise<StoreProductReviewsResponse> {
  return storeGet<StoreProductReviewsResponse>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
    query: { limit: REVIEWS_PAGE_SIZE, offset: Math.max(0, page - 1) * REVIEWS_PAGE_SIZE },
    tags: [CACHE_TAGS.reviews],
    revalidate: REVIEWS_REVALIDATE_SECONDS,
  })
}

/** A product's average and count (product cards, the page's structured data); no reviews when the backend is unsure. */
export const getProductAggregate = cache(async (productId: string): Promise<ReviewAggregate> => {
  const { products } = await storeGet<StoreReviewAggregatesResponse>("/store/reviews/aggregates", {
    query: { product_id: productId },
    tags: [CACHE_TAGS.reviews],
    revalidate: REVIEWS_REVALIDATE_SECONDS,
  }).catch((): StoreReviewAggregatesResponse => ({ products: {} }))
  return products[productId] ?? NO_REVIEWS
})

/** The average over a cooperative's products. */
export const getCooperativeAggregate = cache(async (cooperativeId: string): Promise<ReviewAggregate> => {
  const { cooperative } = await storeGet<StoreReviewAggregatesResponse>("/store/reviews/aggregates", {
    query: { cooperative_id: cooperativeId },
    tags: [CACHE_TAGS.reviews],
    revalidate: REVIEWS_REVALIDATE_SECONDS,
  }).catch(() => ({ products: {}, cooperative: NO_REVIEWS }))
  return cooperative ?? NO_REVIEWS
})

/** The signed-in customer's reviews of one order (never cached: per visitor); empty when signed out. */
export async function getMyOrderReviews(orderIds: string[]): Promise<StoreCustomerReview[]> {
  const response = await nullWhenSignedOut(visitorGet<StoreCustomerReviewsResponse>("/store/customers/me/reviews"))
  const wanted = new Set(orderIds)
  return (response?.reviews ?? []).filter((review) => wanted.has(review.order_id))
}
