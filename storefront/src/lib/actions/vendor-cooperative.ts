"use server"

import type { VendorCooperativeResponse, VendorUpdateCooperativeBody } from "@tadamon/shared/contracts/vendor"
import { refresh } from "next/cache"
import { getTranslations } from "next-intl/server"
import { vendorSend } from "../data/vendor-fetch"
import { formLocale, formText, success, type FormState } from "../forms"
import { vendorFailure } from "./vendor-results"

/** The owner changes the phone and email customers read as the seller's; an empty field clears it. */
export async function updateCooperativeContact(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorContact" })
  const values = { contact_phone: formText(formData, "contact_phone"), contact_email: formText(formData, "contact_email") }
  const body: VendorUpdateCooperativeBody = values
  const updated = await vendorSend<VendorCooperativeResponse>("/vendor/cooperative", { body, locale })
  if (!updated.ok) {
    return vendorFailure(updated, locale, { values })
  }
  refresh()
  return success(t("saved"), { values })
}
