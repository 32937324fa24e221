import { REVIEW_LANGUAGES, REVIEW_TEXT_MAX, type StoreCustomerReview, type StoreOrderGroup } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { createReview } from "@/lib/actions/reviews"
import { getMyOrderReviews } from "@/lib/data/reviews"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { FormFieldError } from "@/modules/common/components/form-fields"
import "../reviews.css"

/**
 * On the signed-in customer's order: a review form for each delivered line not yet reviewed, and
 * what they said of the others. Lines of parcels still on their way show nothing.
 */
export async function OrderReviews({ locale, group }: { locale: Locale; group: StoreOrderGroup }) {
  const delivered = group.orders.filter((order) => order.progress?.status === "delivered")
  if (!delivered.length) {
    return null
  }
  const t = await getTranslations({ locale, namespace: "reviews" })
  const mine = new Map((await getMyOrderReviews(delivered.map((order) => order.id))).map((review) => [review.line_item_id, review]))
  return (
    <section className="reviews" aria-labelledby="order-reviews-title" data-testid="order-reviews">
      <h2 id="order-reviews-title">{t("formTitle")}</h2>
      <p>{t("formIntro")}</p>
      {delivered.flatMap((order) =>
        order.items.map((item) => {
          const review = mine.get(item.id)
          return review ? (
            <ReviewedLine key={item.id} locale={locale} title={item.title} review={review} />
          ) : (
            <ReviewForm key={item.id} locale={locale} reference={group.reference} orderId={order.id} lineItemId={item.id} title={item.title} />
          )
        })
      )}
    </section>
  )
}

async function ReviewedLine({ locale, title, review }: { locale: Locale; title: string; review: StoreCustomerReview }) {
  const t = await getTranslations({ locale, namespace: "reviews" })
  return (
    <div className="review" data-testid="my-review">
      <p>{t("yourReview", { title, rating: review.rating })}</p>
      {review.text ? (
        <p className="review__text" lang={review.language} dir="auto">
          {review.text}
        </p>
      ) : null}
    </div>
  )
}

type FormProps = { locale: Locale; reference: string; orderId: string; lineItemId: string; title: string }

/** Stars as five radio inputs in a fieldset named after the product: keyboard and screen readers use them as they are. */
async function ReviewForm({ locale, reference, orderId, lineItemId, title }: FormProps) {
  const t = await getTranslations({ locale, namespace: "reviews" })
  const id = `review-${lineItemId}`
  return (
    <ActionForm action={createReview} className="review-form" testId="review-form" aria-label={t("ratingLegend", { title })}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="line_item_id" value={lineItemId} />
      <fieldset className="rating-input" aria-describedby={`${id}-rating-error`}>
        <legend>{t("ratingLegend", { title })}</legend>
        <div className="rating-input__options">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="rating-input__option">
              <input type="radio" name="rating" value={value} required />
              <span aria-hidden="true">{"★".repeat(value)}</span>
              <span className="visually-hidden">{t("starOption", { count: value })}</span>
            </label>
          ))}
        </div>
        <FormFieldError name="rating" id={`${id}-rating-error`} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("textLabel")}</label>
        <textarea id={`${id}-text`} name="text" maxLength={REVIEW_TEXT_MAX} dir="auto" aria-describedby={`${id}-text-hint ${id}-text-error`} />
        <p id={`${id}-text-hint`} className="card__meta">
          {t("textHint")}
        </p>
        <FormFieldError name="text" id={`${id}-text-error`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t("languageLabel")}</label>
        <select id={`${id}-language`} name="language" defaultValue={locale}>
          {REVIEW_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingLabel={t("submitting")} testId="review-submit">
        {t("submit")}
      </SubmitButton>
      <FormMessage testId="review-message" />
    </ActionForm>
  )
}
