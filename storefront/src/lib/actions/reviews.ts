"use server"

import type { StoreReportReviewResponse, StoreReviewResponse } from "@tadamon/shared/contracts/store"
import { REVIEW_LANGUAGES, type ReviewLanguage } from "@tadamon/shared/contracts/store"
import { revalidatePath, updateTag } from "next/cache"
import { getTranslations } from "next-intl/server"
import { failure, fieldErrorsByInput, formInteger, formLocale, formText, success, type FormState } from "../forms"
import { CACHE_TAGS } from "../data/cache"
import { localePath } from "../paths"
import { storeSend } from "../store-send"

/**
 * The customer reviews a delivered line of their order (the backend decides whether they may: their
 * own order, delivered, not yet reviewed). The text is sent as typed; React renders it as text.
 */
export async function createReview(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "reviews" })
  const rating = formInteger(formData, "rating", 1, 5)
  const language = formText(formData, "language")
  const raw = formData.get("text")
  const text = typeof raw === "string" ? raw : ""
  const values = { text, language }
  if (rating === null) {
    return failure(undefined, { fieldErrors: { rating: t("ratingRequired") }, values })
  }
  const result = await storeSend<StoreReviewResponse>("/store/reviews", {
    locale,
    body: {
      order_id: formText(formData, "order_id"),
      line_item_id: formText(formData, "line_item_id"),
      rating,
      text: text.trim() ? text : null,
      language: (REVIEW_LANGUAGES as readonly string[]).includes(language) ? (language as ReviewLanguage) : locale,
    },
  })
  if (!result.ok) {
    const fieldErrors = fieldErrorsByInput(result.errors)
    const message = result.status === 429 ? t("rateLimited") : (result.errors.find((error) => error.field === "line_item_id")?.message ?? t("failed"))
    return failure(message, { fieldErrors, values })
  }
  // The backend's `review.changed` expires the tag on every storefront; this one reads its own write at once.
  updateTag(CACHE_TAGS.reviews)
  const reference = formText(formData, "reference")
  if (reference) {
    revalidatePath(localePath(locale, `/account/orders/${encodeURIComponent(reference)}`))
  }
  return success(t("thanks"))
}

/** Anyone reports a review to the organizers (once per customer or address counts). */
export async function reportReview(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "reviews" })
  const result = await storeSend<StoreReportReviewResponse>(`/store/reviews/${encodeURIComponent(formText(formData, "review_id"))}/report`, {
    locale,
    body: {},
  })
  return result.ok ? success(t("reported")) : failure(result.status === 429 ? t("rateLimited") : t("reportFailed"))
}
