import type { Locale } from "@tadamon/shared/i18n"
import { getProductAggregate } from "@/lib/data/reviews"
import { RatingSummary } from "./rating-stars"

/** A product card's average and count, when the product has reviews. */
export async function ProductRating({ locale, productId }: { locale: Locale; productId: string }) {
  const { average, count } = await getProductAggregate(productId)
  return <RatingSummary locale={locale} average={average} count={count} testId="product-card-rating" />
}
