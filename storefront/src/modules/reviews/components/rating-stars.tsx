import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import "../reviews.css"

/** Filled and empty stars for a rating (rounded to the nearest whole star), read out as "Rated 4 out of 5". */
export async function RatingStars({ locale, rating }: { locale: Locale; rating: number }) {
  const t = await getTranslations({ locale, namespace: "reviews" })
  const whole = Math.max(0, Math.min(5, Math.round(rating)))
  const figure = new Intl.NumberFormat(locale === "ar" ? "ar-MA" : locale, { maximumFractionDigits: 1 }).format(rating)
  return (
    <span className="stars" role="img" aria-label={t("starsLabel", { rating: figure })}>
      <span className="stars__glyphs" aria-hidden="true">
        {"★".repeat(whole)}
        {"☆".repeat(5 - whole)}
      </span>
    </span>
  )
}

/** "4.5 out of 5 · 12 reviews" with the stars; nothing without reviews. */
export async function RatingSummary({ locale, average, count, testId }: { locale: Locale; average: number | null; count: number; testId?: string }) {
  if (!count || average === null) {
    return null
  }
  const t = await getTranslations({ locale, namespace: "reviews" })
  const figure = new Intl.NumberFormat(locale === "ar" ? "ar-MA" : locale, { maximumFractionDigits: 1 }).format(average)
  return (
    <p className="stars" data-testid={testId}>
      <span className="stars__glyphs" aria-hidden="true">
        {"★".repeat(Math.round(average))}
        {"☆".repeat(5 - Math.round(average))}
      </span>
      <span className="visually-hidden">{t("averageLabel", { average: figure, count })}</span>
      <span className="stars__figure" aria-hidden="true">
        {t("summary", { average: figure, count })}
      </span>
    </p>
  )
}
