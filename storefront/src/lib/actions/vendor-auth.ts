"use server"

import { FetchError } from "@medusajs/js-sdk"
import {
  UPLOAD_MAX_BYTES,
  vendorValidationMessage,
  type VendorAcceptInvitationRequest,
  type VendorAcceptInvitationResponse,
  type VendorApplicationRequest,
  type VendorApplicationResponse,
  type VendorDocumentInput,
  type VendorMeResponse,
} from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { APPLICATION_TEXT_INPUTS, DOCUMENT_SLOTS, DOCUMENT_TEXT_INPUTS, type DocumentSlot } from "@/modules/vendor/lib/application-form"
import { clearMemberToken, setMemberToken } from "../cookies"
import { nullWhenNoMember, uploadFiles, vendorGet, vendorSend } from "../data/vendor-fetch"
import { failure, formLocale, formText, formValues, MIN_PASSWORD_LENGTH, safeNextPath, type FormState } from "../forms"
import {
  credentialsOf,
  emailPassLogIn,
  isRateLimited,
  MEMBER_AUTH,
  registerEmailPass,
  requestPasswordResetFor,
  resetPasswordFor,
} from "../password-auth"
import { localePath, queryString } from "../paths"
import { vendorFailure } from "./vendor-results"

/**
 * Cooperative members sign in with Medusa's emailpass provider as the `member` actor type; the
 * token lives in its own cookie (`tadamon_member`), apart from any customer session.
 */

export async function signInMember(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const credentials = await credentialsOf(MEMBER_AUTH, formData)
  if (!credentials.ok) {
    return credentials.state
  }
  const t = await getTranslations({ locale, namespace: "vendorAuth" })
  const values = { email: credentials.email }
  let token: string | null
  let me: VendorMeResponse | null = null
  try {
    token = await emailPassLogIn(MEMBER_AUTH, credentials.email, credentials.password)
    if (token) {
      // An identity that never finished applying (or accepting an invitation) has no member yet.
      me = await nullWhenNoMember(vendorGet<VendorMeResponse>("/vendor/me", { locale, token }))
    }
  } catch (error) {
    return failure(isRateLimited(error) ? t("tooManyAttempts") : t("error"), { values })
  }
  if (!token) {
    return failure(t("wrongCredentials"), { values })
  }
  if (!me) {
    return failure(t("noCooperative"), { values })
  }
  await setMemberToken(token)
  redirect(safeNextPath(formText(formData, "next"), locale, localePath(locale, "/coop/dashboard")))
}

export async function signOutMember(formData: FormData): Promise<void> {
  const locale = formLocale(formData)
  await clearMemberToken()
  redirect(localePath(locale, "/coop"))
}

/** Emails a reset link; the same answer whether or not the address belongs to a member. */
export async function requestMemberPasswordReset(_previous: FormState, formData: FormData): Promise<FormState> {
  return requestPasswordResetFor(MEMBER_AUTH, formData)
}

/** Sets the new password with the emailed token, then asks the member to sign in. */
export async function resetMemberPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return resetPasswordFor(MEMBER_AUTH, formData)
}

/**
 * A token to apply or accept an invitation with: a new member identity's registration token, or,
 * when the email already has an identity without a member (an application that failed halfway),
 * that identity's token from the same password. Null when the email belongs to someone else.
 */
async function registrationToken(email: string, password: string): Promise<string | null> {
  try {
    return await registerEmailPass(MEMBER_AUTH, email, password)
  } catch (error) {
    if (error instanceof FetchError && /exist/i.test(error.message)) {
      return emailPassLogIn(MEMBER_AUTH, email, password)
    }
    throw error
  }
}

/** Once applying or accepting has bound the identity to its member: a member session, then the dashboard. */
async function startMemberSession(email: string, password: string, locale: Locale): Promise<never> {
  const token = await emailPassLogIn(MEMBER_AUTH, email, password).catch(() => null)
  if (!token) {
    redirect(`${localePath(locale, "/coop/sign-in")}${queryString({ email })}`)
  }
  await setMemberToken(token)
  redirect(localePath(locale, "/coop/dashboard"))
}

/** "12" → 12; "" → undefined; anything else → null (not a whole number). */
function wholeNumber(text: string): number | undefined | null {
  if (!text) {
    return undefined
  }
  return /^\d{1,7}$/.test(text) ? Number.parseInt(text, 10) : null
}

const REQUIRED_APPLICATION_INPUTS = [
  "member.first_name",
  "member.last_name",
  "email",
  "cooperative.name",
  "cooperative.legal_registration_number",
  "cooperative.sector",
  "cooperative.region",
  "cooperative.province",
  "cooperative.commune",
  "cooperative.member_count",
  "cooperative.women_member_count",
  "cooperative.contact_phone",
  "cooperative.story",
] as const

const NUMBER_INPUTS = ["cooperative.founding_year", "cooperative.member_count", "cooperative.women_member_count"] as const

const DOCUMENT_VALUE_INPUTS = DOCUMENT_SLOTS.flatMap(({ slot }) => [
  ...DOCUMENT_TEXT_INPUTS.map((input) => `${slot}.${input}`),
  `${slot}.file_url`,
  `${slot}.file_name`,
])

/** The file chosen in a file input, if any (an empty input sends a nameless empty file). */
function chosenFile(formData: FormData, name: string): File | null {
  const value = formData.get(name)
  return value instanceof File && value.size > 0 ? value : null
}

/**
 * Applying as a new cooperative: the account (a member identity), the cooperative's details and
 * its documents. Files go up first with the new identity's token; the application then creates
 * the cooperative (pending) with its owner. Uploaded files are kept in the form's answer, so a
 * second attempt after a field error does not ask for them again.
 */
export async function applyAsCooperative(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorApply" })
  const values = formValues(formData, [...APPLICATION_TEXT_INPUTS, ...DOCUMENT_VALUE_INPUTS])
  values.email = values.email.toLowerCase()
  const password = formData.get("password")

  const fieldErrors: Record<string, string> = {}
  for (const name of REQUIRED_APPLICATION_INPUTS) {
    if (!values[name]) {
      fieldErrors[name] = vendorValidationMessage("required", name, locale)
    }
  }
  for (const name of NUMBER_INPUTS) {
    if (wholeNumber(values[name]) === null) {
      fieldErrors[name] = vendorValidationMessage("invalid_value", name, locale)
    }
  }
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH) {
    fieldErrors.password = t("passwordTooShort", { min: MIN_PASSWORD_LENGTH })
  }
  const files = new Map<DocumentSlot, File>()
  for (const { slot } of DOCUMENT_SLOTS) {
    const file = chosenFile(formData, `${slot}.file`)
    if (file && file.size > UPLOAD_MAX_BYTES) {
      fieldErrors[`${slot}.file`] = vendorValidationMessage("file_too_large", "file_url", locale)
    } else if (file) {
      files.set(slot, file)
    }
  }
  if (Object.keys(fieldErrors).length > 0 || typeof password !== "string") {
    return failure(t("fixErrors"), { values, fieldErrors })
  }

  let token: string | null
  try {
    token = await registrationToken(values.email, password)
  } catch {
    return failure(t("error"), { values })
  }
  if (!token) {
    return failure(t("emailTaken"), { values, fieldErrors: { email: t("emailTaken") } })
  }

  if (files.size > 0) {
    const slots = [...files.keys()]
    const uploaded = await uploadFiles([...files.values()], { kind: "document", locale, token })
    if (!uploaded.ok) {
      // `files.0` is the first file sent: the slot it came from.
      return vendorFailure(uploaded, locale, {
        values,
        rename: (field) => {
          const index = Number(field.split(".")[1])
          return Number.isInteger(index) && slots[index] ? `${slots[index]}.file` : `${slots[0]}.file`
        },
      })
    }
    slots.forEach((slot, index) => {
      values[`${slot}.file_url`] = uploaded.data.files[index]?.id ?? ""
      values[`${slot}.file_name`] = files.get(slot)?.name ?? ""
    })
  }

  // The documents sent, in order, and the slot each came from (the backend names them by index).
  const documents: VendorDocumentInput[] = []
  const documentSlots: DocumentSlot[] = []
  for (const { slot, type, label } of DOCUMENT_SLOTS) {
    const fileUrl = values[`${slot}.file_url`]
    const filled = DOCUMENT_TEXT_INPUTS.some((input) => values[`${slot}.${input}`])
    if (!fileUrl && !filled) {
      continue
    }
    documents.push({
      type,
      label_name: label ? values[`${slot}.label_name`] || null : null,
      number: values[`${slot}.number`] || null,
      issuer: values[`${slot}.issuer`] || null,
      valid_until: values[`${slot}.valid_until`] || null,
      file_url: fileUrl,
    })
    documentSlots.push(slot)
  }

  const text = (name: (typeof APPLICATION_TEXT_INPUTS)[number]) => values[name] || null
  const body: VendorApplicationRequest = {
    member: { first_name: values["member.first_name"], last_name: values["member.last_name"], phone: text("member.phone") },
    cooperative: {
      name: values["cooperative.name"],
      name_fr: text("cooperative.name_fr"),
      name_en: text("cooperative.name_en"),
      legal_registration_number: values["cooperative.legal_registration_number"],
      region: values["cooperative.region"],
      province: values["cooperative.province"],
      commune: values["cooperative.commune"],
      sector: values["cooperative.sector"] as VendorApplicationRequest["cooperative"]["sector"],
      founding_year: wholeNumber(values["cooperative.founding_year"]) ?? null,
      member_count: wholeNumber(values["cooperative.member_count"]) ?? 0,
      women_member_count: wholeNumber(values["cooperative.women_member_count"]) ?? 0,
      contact_phone: values["cooperative.contact_phone"],
      story: values["cooperative.story"],
      story_fr: text("cooperative.story_fr"),
      story_en: text("cooperative.story_en"),
      locale,
    },
    documents,
  }
  const applied = await vendorSend<VendorApplicationResponse>("/vendor/applications", { body, locale, token })
  if (!applied.ok) {
    return vendorFailure(applied, locale, {
      values,
      conflict: t("conflict"),
      rename: (field) => {
        const [head, index, input] = field.split(".")
        if (head !== "documents") {
          return field
        }
        const slot = documentSlots[Number(index)]
        if (!slot) {
          // "documents" alone: a food sector without its sanitary authorisation.
          return "sanitary"
        }
        return input ? `${slot}.${input === "file_url" ? "file" : input}` : slot
      },
    })
  }
  return startMemberSession(values.email, password, locale)
}

/**
 * Accepting an invitation (`/coop/join?token=`): a new identity for the invited email, bound to
 * the inviting cooperative as a member.
 */
export async function acceptInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorJoin" })
  const invitation = formText(formData, "token")
  const values = formValues(formData, ["first_name", "last_name", "phone", "email"])
  values.email = values.email.toLowerCase()
  const password = formData.get("password")
  if (!invitation) {
    return failure(t("invalid"), { values })
  }
  const fieldErrors: Record<string, string> = {}
  for (const name of ["first_name", "last_name", "email"]) {
    if (!values[name]) {
      fieldErrors[name] = vendorValidationMessage("required", name, locale)
    }
  }
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH) {
    fieldErrors.password = t("passwordTooShort", { min: MIN_PASSWORD_LENGTH })
  }
  if (Object.keys(fieldErrors).length > 0 || typeof password !== "string") {
    return failure(t("fixErrors"), { values, fieldErrors })
  }
  let token: string | null
  try {
    token = await registrationToken(values.email, password)
  } catch {
    return failure(t("error"), { values })
  }
  if (!token) {
    return failure(t("emailTaken"), { values, fieldErrors: { email: t("emailTaken") } })
  }
  const body: VendorAcceptInvitationRequest = {
    token: invitation,
    first_name: values.first_name,
    last_name: values.last_name,
    phone: values.phone || null,
  }
  const accepted = await vendorSend<VendorAcceptInvitationResponse>("/vendor/invitations/accept", { body, locale, token })
  if (!accepted.ok) {
    return vendorFailure(accepted, locale, { values, conflict: t("emailTaken") })
  }
  return startMemberSession(values.email, password, locale)
}
