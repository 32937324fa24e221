import type { ReviewAggregate, ReviewAnswer, ReviewLanguage, StoreReview } from "@tadamon/shared"

/**
 * The name a review is signed with: the first name and the initial of the last name ("Fatima A."),
 * never more of the account; "" when the account has no name.
 */
export function authorName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  const first = firstName?.trim().split(/\s+/)[0] ?? ""
  const initial = lastName?.trim() ? `${Array.from(lastName.trim())[0].toLocaleUpperCase()}.` : ""
  return [first, initial].filter(Boolean).join(" ")
}

/** Average (rounded to one decimal) and count of ratings; a null average without reviews. */
export function aggregateRatings(ratings: number[]): ReviewAggregate {
  if (!ratings.length) {
    return { average: null, count: 0 }
  }
  const sum = ratings.reduce((total, rating) => total + rating, 0)
  return { average: Math.round((sum / ratings.length) * 10) / 10, count: ratings.length }
}

/** Aggregates by key (a product id), for keys with at least one rating. */
export function aggregateBy<T>(rows: T[], key: (row: T) => string, rating: (row: T) => number): Record<string, ReviewAggregate> {
  const groups = new Map<string, number[]>()
  for (const row of rows) {
    const ratings = groups.get(key(row)) ?? []
    ratings.push(rating(row))
    groups.set(key(row), ratings)
  }
  return Object.fromEntries([...groups].map(([id, ratings]) => [id, aggregateRatings(ratings)]))
}

type DateLike = string | Date | null | undefined
const iso = (value: DateLike) => (value ? new Date(value).toISOString() : "")

/** A stored review as the Store API shows it. */
export type ReviewRecord = {
  id: string
  product_id: string
  rating: number
  text: string | null
  language: string
  author_name: string
  created_at: DateLike
  answer_text?: string | null
  answered_at?: DateLike
  answer_updated_at?: DateLike
}

export function toStoreReview(review: ReviewRecord): StoreReview {
  const answer: ReviewAnswer | null = review.answer_text
    ? { text: review.answer_text, answered_at: iso(review.answered_at), updated_at: iso(review.answer_updated_at ?? review.answered_at) }
    : null
  return {
    id: review.id,
    product_id: review.product_id,
    rating: review.rating,
    text: review.text,
    language: review.language as ReviewLanguage,
    author: review.author_name,
    created_at: iso(review.created_at),
    answer,
  }
}

/** The organizers' queue: reported reviews first (most reports first), then newest first. */
export function moderationOrder<T extends { report_count: number; created_at: DateLike }>(reviews: T[]): T[] {
  return [...reviews].sort(
    (a, b) => Number(b.report_count > 0) - Number(a.report_count > 0) || b.report_count - a.report_count || iso(b.created_at).localeCompare(iso(a.created_at))
  )
}
