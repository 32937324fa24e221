import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { getCooperativeAggregate } from "@/lib/data/reviews"
import "../reviews.css"

/** A cooperative page's average over its products' reviews, when there are some. */
export async function CooperativeRating({ locale, cooperativeId }: { locale: Locale; cooperativeId: string }) {
  const { average, count } = await getCooperativeAggregate(cooperativeId)
  if (!count || average === null) {
    return null
  }
  const t = await getTranslations({ locale, namespace: "reviews" })
  const figure = new Intl.NumberFormat(locale === "ar" ? "ar-MA" : locale, { maximumFractionDigits: 1 }).format(average)
  return (
    <p className="stars" data-testid="cooperative-rating">
      <span className="stars__glyphs" aria-hidden="true">
        {"★".repeat(Math.round(average))}
        {"☆".repeat(5 - Math.round(average))}
      </span>
      <span>{t("cooperativeRating", { average: figure, count })}</span>
    </p>
  )
}
