"use server"

import type { VendorReviewResponse } from "@tadamon/shared/contracts/store"
import { refresh, updateTag } from "next/cache"
import { getTranslations } from "next-intl/server"
import { CACHE_TAGS } from "../data/cache"
import { vendorSend } from "../data/vendor-fetch"
import { formLocale, formText, success, type FormState } from "../forms"
import { vendorFailure } from "./vendor-results"

/** The cooperative's public answer to a review of one of its products, written or edited. */
export async function answerReview(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorReviews" })
  const raw = formData.get("text")
  const text = typeof raw === "string" ? raw : ""
  const done = await vendorSend<VendorReviewResponse>(`/vendor/reviews/${encodeURIComponent(formText(formData, "review_id"))}/answer`, {
    body: { text },
    locale,
  })
  if (!done.ok) {
    return vendorFailure(done, locale, { values: { text } })
  }
  // The backend's `review.changed` expires the tag on every storefront; this one shows the answer at once.
  updateTag(CACHE_TAGS.reviews)
  refresh()
  return success(t("saved"))
}
