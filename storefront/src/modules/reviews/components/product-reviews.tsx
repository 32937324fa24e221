import type { StoreReview } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { reportReview } from "@/lib/actions/reviews"
import { getProductReviews, REVIEWS_PAGE_SIZE } from "@/lib/data/reviews"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { RatingStars, RatingSummary } from "./rating-stars"
import "../reviews.css"

type Props = {
  locale: Locale
  productId: string
  /** The product page's path, for the links between pages of reviews. */
  productPath: string
  cooperativeName?: string | null
  page: number
}

/**
 * The product's reviews, newest first: rating, text as the customer wrote it (rendered as text),
 * the language it is written in, the cooperative's answer, a way to report it. Hidden reviews never
 * reach the storefront (the Store API leaves them out).
 */
export async function ProductReviews({ locale, productId, productPath, cooperativeName, page }: Props) {
  const t = await getTranslations({ locale, namespace: "reviews" })
  const current = Number.isInteger(page) && page > 0 ? page : 1
  // The product sells without its reviews: a backend that cannot list them leaves the section out.
  const answer = await getProductReviews(productId, current).catch(() => null)
  if (!answer) {
    return null
  }
  const { reviews, aggregate, count } = answer
  const pages = Math.max(1, Math.ceil(count / REVIEWS_PAGE_SIZE))
  return (
    <section className="reviews" id="reviews" aria-labelledby="product-reviews-title" data-testid="product-reviews">
      <h2 id="product-reviews-title">{t("title")}</h2>
      <RatingSummary locale={locale} average={aggregate.average} count={aggregate.count} testId="product-rating" />
      {reviews.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="reviews__list">
        {reviews.map((review) => (
          <ReviewItem key={review.id} locale={locale} review={review} cooperativeName={cooperativeName} />
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="reviews__pages" aria-label={t("pages")}>
          {current > 1 ? (
            <Link href={`${productPath}?reviews=${current - 1}#reviews`} prefetch={false} scroll={false}>
              {t("newer")}
            </Link>
          ) : null}
          {current < pages ? (
            <Link href={`${productPath}?reviews=${current + 1}#reviews`} prefetch={false} scroll={false}>
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  )
}

async function ReviewItem({ locale, review, cooperativeName }: { locale: Locale; review: StoreReview; cooperativeName?: string | null }) {
  const t = await getTranslations({ locale, namespace: "reviews" })
  const date = new Intl.DateTimeFormat(locale === "ar" ? "ar-MA" : locale, { dateStyle: "long" }).format(new Date(review.created_at))
  return (
    <li className="review" data-testid="review">
      <RatingStars locale={locale} rating={review.rating} />
      <p className="review__meta">
        <span>{review.author || t("anonymous")}</span>
        <span>{t("verified")}</span>
        <time dateTime={review.created_at}>{date}</time>
        <span data-testid="review-language">{t("writtenIn", { language: t(`language.${review.language}`) })}</span>
      </p>
      {review.text ? (
        // The customer's words in their own language and direction, whatever the page's.
        <p className="review__text" lang={review.language} dir="auto">
          {review.text}
        </p>
      ) : null}
      {review.answer ? (
        <div className="review__answer" data-testid="review-answer">
          <strong>{cooperativeName ? t("answerTitle", { cooperative: cooperativeName }) : t("answerTitleGeneric")}</strong>
          <p dir="auto">{review.answer.text}</p>
        </div>
      ) : null}
      <ActionForm action={reportReview} className="review__report">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="review_id" value={review.id} />
        <SubmitButton className="review__report-button">{t("report")}</SubmitButton>
        <FormMessage />
      </ActionForm>
    </li>
  )
}
