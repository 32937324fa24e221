import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  AdminReview,
  ReviewAggregate,
  ReviewModerationEvent,
  StoreCustomerReview,
  VendorReview,
} from "@tadamon/shared"
import { aggregateBy, aggregateRatings, moderationOrder, toStoreReview, type ReviewRecord } from "../../domain/reviews/present"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"

type Scope = Pick<MedusaContainer, "resolve">

/** The review fields every reader selects. */
export const REVIEW_FIELDS = [
  "id",
  "product_id",
  "cooperative_id",
  "customer_id",
  "order_id",
  "line_item_id",
  "rating",
  "text",
  "language",
  "author_name",
  "status",
  "hidden_reason",
  "report_count",
  "answer_text",
  "answered_at",
  "answer_updated_at",
  "created_at",
] as const

type StoredReview = ReviewRecord & {
  cooperative_id: string
  customer_id: string
  order_id: string
  line_item_id: string
  status: "visible" | "hidden"
  hidden_reason: string | null
  report_count: number
}

const reviewsOf = (scope: Scope): ReviewModuleService => scope.resolve(REVIEW_MODULE)

/** Visible reviews' aggregates by product (products without reviews absent). */
export async function productAggregates(scope: Scope, productIds: string[]): Promise<Record<string, ReviewAggregate>> {
  if (!productIds.length) {
    return {}
  }
  const rows = await reviewsOf(scope).listReviews({ product_id: productIds, status: "visible" }, { select: ["product_id", "rating"] })
  return aggregateBy(rows, (row) => row.product_id, (row) => row.rating)
}

/** The visible reviews' aggregate over all of a cooperative's products. */
export async function cooperativeAggregate(scope: Scope, cooperativeId: string): Promise<ReviewAggregate> {
  const rows = await reviewsOf(scope).listReviews({ cooperative_id: cooperativeId, status: "visible" }, { select: ["rating"] })
  return aggregateRatings(rows.map((row) => row.rating))
}

/** A page of a product's visible reviews, newest first, with the product's aggregate. */
export async function productReviews(scope: Scope, productId: string, limit: number, offset: number) {
  const service = reviewsOf(scope)
  const [reviews, count] = await service.listAndCountReviews(
    { product_id: productId, status: "visible" },
    { select: [...REVIEW_FIELDS], order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  const aggregate = (await productAggregates(scope, [productId]))[productId] ?? { average: null, count: 0 }
  return { reviews: (reviews as StoredReview[]).map(toStoreReview), aggregate, count, limit, offset }
}

/** The signed-in customer's reviews (hidden ones too: they wrote them), optionally of one order. */
export async function customerReviews(scope: Scope, customerId: string, orderId?: string): Promise<StoreCustomerReview[]> {
  const reviews = (await reviewsOf(scope).listReviews(
    { customer_id: customerId, ...(orderId ? { order_id: orderId } : {}) },
    { select: [...REVIEW_FIELDS], order: { created_at: "DESC" } }
  )) as StoredReview[]
  return reviews.map((review) => ({ ...toStoreReview(review), order_id: review.order_id, line_item_id: review.line_item_id }))
}

async function productTitles(scope: Scope, productIds: string[]): Promise<Map<string, string>> {
  if (!productIds.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: [...new Set(productIds)] } })
  return new Map(data.map((product) => [product.id, product.title ?? ""]))
}

function toVendorReview(review: StoredReview, titles: Map<string, string>): VendorReview {
  return { ...toStoreReview(review), product_title: titles.get(review.product_id) ?? "", status: review.status }
}

/** A page of a cooperative's reviews, visible and hidden, newest first. */
export async function vendorReviews(scope: Scope, cooperativeId: string, limit: number, offset: number) {
  const [reviews, count] = await reviewsOf(scope).listAndCountReviews(
    { cooperative_id: cooperativeId },
    { select: [...REVIEW_FIELDS], order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  const titles = await productTitles(scope, reviews.map((review) => review.product_id))
  return { reviews: (reviews as StoredReview[]).map((review) => toVendorReview(review, titles)), count, limit, offset }
}

/** One review of the cooperative's products, for the portal; 404 for another cooperative's. */
export async function vendorReview(scope: Scope, cooperativeId: string, id: string): Promise<VendorReview> {
  const [review] = (await reviewsOf(scope).listReviews({ id, cooperative_id: cooperativeId }, { select: [...REVIEW_FIELDS], take: 1 })) as StoredReview[]
  if (!review) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${id} was not found`)
  }
  return toVendorReview(review, await productTitles(scope, [review.product_id]))
}

async function toAdminReviews(scope: Scope, reviews: StoredReview[]): Promise<AdminReview[]> {
  const titles = await productTitles(scope, reviews.map((review) => review.product_id))
  const ids = reviews.map((review) => review.id)
  const events = ids.length
    ? await reviewsOf(scope).listReviewModerationEvents({ review_id: ids }, { order: { created_at: "DESC" } })
    : []
  const cooperativeIds = [...new Set(reviews.map((review) => review.cooperative_id))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives } = cooperativeIds.length
    ? await query.graph({ entity: "cooperative", fields: ["id", "name", "handle"], filters: { id: cooperativeIds } })
    : { data: [] as Array<{ id: string; name: string; handle: string }> }
  const byId = new Map(cooperatives.map((cooperative) => [cooperative.id, { id: cooperative.id, name: cooperative.name, handle: cooperative.handle }]))
  return reviews.map((review) => ({
    ...toVendorReview(review, titles),
    customer_id: review.customer_id,
    order_id: review.order_id,
    cooperative: byId.get(review.cooperative_id) ?? null,
    report_count: review.report_count,
    hidden_reason: review.hidden_reason,
    moderation_events: events
      .filter((event) => event.review_id === review.id)
      .map(
        (event): ReviewModerationEvent => ({
          id: event.id,
          review_id: event.review_id,
          action: event.action,
          actor_id: event.actor_id,
          actor_email: event.actor_email,
          reason: event.reason,
          created_at: new Date(event.created_at).toISOString(),
        })
      ),
  }))
}

/**
 * The organizers' list: reported reviews first (most reports first), then newest. The order mixes
 * two keys the page must respect, so it is read in the database's order of both and paged there.
 */
export async function adminReviews(scope: Scope, status: "visible" | "hidden" | undefined, limit: number, offset: number) {
  const [reviews, count] = await reviewsOf(scope).listAndCountReviews(status ? { status } : {}, {
    select: [...REVIEW_FIELDS],
    order: { report_count: "DESC", created_at: "DESC", id: "DESC" },
    skip: offset,
    take: limit,
  })
  return { reviews: await toAdminReviews(scope, moderationOrder(reviews as StoredReview[])), count, limit, offset }
}

export async function adminReview(scope: Scope, id: string): Promise<AdminReview> {
  const [review] = (await reviewsOf(scope).listReviews({ id }, { select: [...REVIEW_FIELDS], take: 1 })) as StoredReview[]
  if (!review) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${id} was not found`)
  }
  const [result] = await toAdminReviews(scope, [review])
  return result
}
