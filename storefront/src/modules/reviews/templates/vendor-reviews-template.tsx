import type { VendorReview, VendorReviewListResponse } from "@tadamon/shared/contracts/store"
import { REVIEW_ANSWER_MAX } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { answerReview } from "@/lib/actions/vendor-reviews"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { FormFieldError } from "@/modules/common/components/form-fields"
import { RatingStars } from "../components/rating-stars"
import "../reviews.css"

type Props = { locale: Locale; list: VendorReviewListResponse; page: number }

/** The portal's reviews: each review of the cooperative's products with its one public answer, editable. */
export async function VendorReviewsTemplate({ locale, list, page }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorReviews" })
  const pages = Math.max(1, Math.ceil(list.count / list.limit))
  const path = localePath(locale, "/coop/reviews")
  return (
    <section className="vendor-page" aria-labelledby="vendor-reviews-title">
      <div className="vendor-page__header">
        <h1 id="vendor-reviews-title">{t("title")}</h1>
      </div>
      <p>{t("intro")}</p>
      {list.reviews.length === 0 ? <p data-testid="vendor-reviews-empty">{t("empty")}</p> : null}
      <ul className="reviews__list">
        {list.reviews.map((review) => (
          <VendorReviewItem key={review.id} locale={locale} review={review} />
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="reviews__pages" aria-label={t("title")}>
          {page > 1 ? <Link href={`${path}?page=${page - 1}`}>{t("newer")}</Link> : null}
          {page < pages ? <Link href={`${path}?page=${page + 1}`}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </section>
  )
}

async function VendorReviewItem({ locale, review }: { locale: Locale; review: VendorReview }) {
  const t = await getTranslations({ locale, namespace: "vendorReviews" })
  const r = await getTranslations({ locale, namespace: "reviews" })
  const id = `answer-${review.id}`
  const date = new Intl.DateTimeFormat(locale === "ar" ? "ar-MA" : locale, { dateStyle: "long" }).format(new Date(review.created_at))
  return (
    <li className="review" data-testid="vendor-review">
      <p className="review__meta">
        <strong>{t("product", { title: review.product_title })}</strong>
        {review.status === "hidden" ? <span data-testid="vendor-review-hidden">{t("hidden")}</span> : null}
      </p>
      <RatingStars locale={locale} rating={review.rating} />
      <p className="review__meta">
        <span>{review.author || r("anonymous")}</span>
        <time dateTime={review.created_at}>{date}</time>
        <span>{r("writtenIn", { language: r(`language.${review.language}`) })}</span>
      </p>
      {review.text ? (
        <p className="review__text" lang={review.language} dir="auto">
          {review.text}
        </p>
      ) : null}
      <ActionForm action={answerReview} className="review-form" testId="vendor-answer-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="review_id" value={review.id} />
        <div className="field">
          <label htmlFor={`${id}-text`}>{t("answerLabel")}</label>
          <textarea
            id={`${id}-text`}
            name="text"
            required
            maxLength={REVIEW_ANSWER_MAX}
            dir="auto"
            defaultValue={review.answer?.text ?? ""}
            aria-describedby={`${id}-text-error`}
          />
          <FormFieldError name="text" id={`${id}-text-error`} />
        </div>
        <SubmitButton pendingLabel={t("saving")} testId="vendor-answer-submit">
          {review.answer ? t("update") : t("answer")}
        </SubmitButton>
        <FormMessage testId="vendor-answer-message" />
      </ActionForm>
    </li>
  )
}
