"use server"

import { validationMessage } from "@tadamon/shared/i18n"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { setOrderAccess } from "../cookies"
import { getOrderGroup } from "../data/orders"
import { failure, formLocale, formText, type FormState } from "../forms"
import { isRateLimited } from "../password-auth"
import { localePath, queryString } from "../paths"
import { normalizeReference } from "../util/orders"

/**
 * Guest order lookup: reference + email. When they match a group, the pair goes into the
 * short-lived order cookie and the page shows the group; the email never goes into a URL.
 */
export async function lookupOrder(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "orders" })
  const reference = normalizeReference(formText(formData, "reference"))
  const email = formText(formData, "email").toLowerCase()
  const values = { reference, email }
  if (!reference || !email) {
    return failure(t("lookupMissing"), {
      values,
      fieldErrors: {
        ...(reference ? {} : { reference: t("referenceRequired") }),
        ...(email ? {} : { email: validationMessage("required", "email", locale) }),
      },
    })
  }
  let group
  try {
    group = await getOrderGroup(reference, email, locale)
  } catch (error) {
    return failure(isRateLimited(error) ? t("tooManyAttempts") : t("lookupError"), { values })
  }
  if (!group) {
    return failure(t("lookupNotFound"), { values })
  }
  await setOrderAccess({ reference: group.reference, email })
  redirect(`${localePath(locale, "/order/lookup")}${queryString({ reference: group.reference })}`)
}
