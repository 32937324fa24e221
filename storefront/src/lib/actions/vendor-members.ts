"use server"

import { vendorValidationMessage, type VendorCreateInvitationRequest, type VendorDeleteResponse, type VendorInvitationResponse } from "@tadamon/shared/contracts/vendor"
import { refresh } from "next/cache"
import { getTranslations } from "next-intl/server"
import { vendorSend } from "../data/vendor-fetch"
import { failure, formLocale, formText, success, type FormState } from "../forms"
import { isolate } from "../util/text"
import { vendorFailure } from "./vendor-results"

/** Emails an invitation link (`/coop/join?token=`) valid 7 days, in the owner's language. */
export async function inviteMember(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorMembers" })
  const email = formText(formData, "email").toLowerCase()
  const values = { email }
  if (!email) {
    return failure(t("fixErrors"), { values, fieldErrors: { email: vendorValidationMessage("required", "email", locale) } })
  }
  const body: VendorCreateInvitationRequest = { email, locale }
  const invited = await vendorSend<VendorInvitationResponse>("/vendor/members/invitations", { body, locale })
  if (!invited.ok) {
    return vendorFailure(invited, locale, { values, conflict: t("alreadyMember") })
  }
  refresh()
  // The form empties for the next invitation.
  return success(t("invited", { email: isolate(email) }))
}

/** The member's sign-in no longer opens the portal. */
export async function removeMember(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorMembers" })
  const removed = await vendorSend<VendorDeleteResponse>(`/vendor/members/${encodeURIComponent(formText(formData, "member_id"))}`, {
    method: "DELETE",
    locale,
  })
  if (!removed.ok) {
    return vendorFailure(removed, locale)
  }
  refresh()
  return success(t("removed"))
}

export async function revokeInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorMembers" })
  const revoked = await vendorSend<VendorDeleteResponse>(`/vendor/members/invitations/${encodeURIComponent(formText(formData, "invitation_id"))}`, {
    method: "DELETE",
    locale,
  })
  if (!revoked.ok) {
    return vendorFailure(revoked, locale)
  }
  refresh()
  return success(t("revoked"))
}
