import type { ReviewAggregate } from "@tadamon/shared/contracts/store"
import type { JsonLdObject } from "./structured-data"

/**
 * A Product's structured data with its `aggregateRating` once it has reviews (search engines ignore
 * a rating without reviews, and a count of 0 is invalid).
 */
export function withAggregateRating(product: JsonLdObject, aggregate: ReviewAggregate): JsonLdObject {
  if (!aggregate.count || aggregate.average === null) {
    return product
  }
  return {
    ...product,
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: aggregate.average.toFixed(1),
      reviewCount: aggregate.count,
      bestRating: 5,
      worstRating: 1,
    },
  }
}
