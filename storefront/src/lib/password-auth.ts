import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { validationMessage, type Locale } from "@tadamon/shared/i18n"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { failure, formLocale, formText, MIN_PASSWORD_LENGTH, success, type FormState } from "./forms"
import { forwardedFor } from "./data/store-fetch"
import { localePath, queryString } from "./paths"
import { sdk } from "./sdk"
import { isolate } from "./util/text"

/**
 * Medusa's emailpass provider for Tadamon's two kinds of account: customers (actor `customer`,
 * messages `auth.*`, pages under `/account`) and cooperative members (actor `member`, messages
 * `vendorAuth.*`, pages under `/coop`). The server actions of each call these with their account.
 */
export type EmailPassAccount = {
  actor: "customer" | "member"
  namespace: "auth" | "vendorAuth"
  /** The sign-in page, where a reset password leads. */
  signInPath: "/account/login" | "/coop/sign-in"
}

export const CUSTOMER_AUTH: EmailPassAccount = { actor: "customer", namespace: "auth", signInPath: "/account/login" }
export const MEMBER_AUTH: EmailPassAccount = { actor: "member", namespace: "vendorAuth", signInPath: "/coop/sign-in" }

/**
 * The account's messages. Typed over both namespaces; test/messages.test.ts checks that each key
 * used here exists in both, in every locale.
 */
function messagesOf(locale: Locale, account: EmailPassAccount) {
  return getTranslations({ locale, namespace: account.namespace })
}

/** The backend refused because the visitor (or the account) tried too often: HTTP 429. */
export function isRateLimited(error: unknown): boolean {
  return error instanceof FetchError && error.status === 429
}

/**
 * Medusa's auth routes (`/auth/{actor}/emailpass…`) with the visitor's address, which the SDK's
 * auth helpers cannot send: sign-in, registration and reset requests are rate-limited per address.
 */
export async function authPost<T>(path: string, body: Record<string, unknown>, options: { token?: string; text?: boolean } = {}): Promise<T> {
  return sdk().client.fetch<T>(path, {
    method: "POST",
    body,
    headers: {
      ...(await forwardedFor()),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.text ? { accept: "text/plain" } : {}),
    },
  })
}

/** A token from email and password; null when Medusa refuses them (a 429 throws). */
export async function emailPassLogIn(account: EmailPassAccount, email: string, password: string): Promise<string | null> {
  try {
    const answer = await authPost<{ token?: string }>(`/auth/${account.actor}/emailpass`, { email, password })
    return typeof answer.token === "string" ? answer.token : null
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) {
      return null
    }
    throw error
  }
}

/** A registration token for a new email-and-password identity (Medusa's sign-up, step one). */
export async function registerEmailPass(account: EmailPassAccount, email: string, password: string): Promise<string> {
  const { token } = await authPost<{ token?: string }>(`/auth/${account.actor}/emailpass/register`, { email, password })
  if (!token) {
    throw new Error("Unexpected registration response")
  }
  return token
}

/** The sign-in form's email and password, or the answer to give when one is missing. */
export async function credentialsOf(
  account: EmailPassAccount,
  formData: FormData
): Promise<{ ok: true; email: string; password: string } | { ok: false; state: FormState }> {
  const locale = formLocale(formData)
  const email = formText(formData, "email").toLowerCase()
  const password = formData.get("password")
  if (!email || typeof password !== "string" || !password) {
    const t = await messagesOf(locale, account)
    return { ok: false, state: failure(t("missingCredentials"), { values: { email } }) }
  }
  return { ok: true, email, password }
}

/**
 * Asks the backend to email a reset link (in the visitor's language, `metadata.locale`). The answer
 * is the same whether or not the address has an account, so the form cannot tell who has one.
 */
export async function requestPasswordResetFor(account: EmailPassAccount, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await messagesOf(locale, account)
  const email = formText(formData, "email").toLowerCase()
  if (!email) {
    return failure(t("fixErrors"), { fieldErrors: { email: validationMessage("required", "email", locale) } })
  }
  try {
    await authPost<unknown>(`/auth/${account.actor}/emailpass/reset-password`, { identifier: email, metadata: { locale } }, { text: true })
  } catch (error) {
    return failure(isRateLimited(error) ? t("tooManyAttempts") : t("error"), { values: { email } })
  }
  return success(t("resetSent", { email: isolate(email) }))
}

/** Sets the new password with the token from the emailed link, then asks the person to sign in. */
export async function resetPasswordFor(account: EmailPassAccount, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await messagesOf(locale, account)
  const token = formText(formData, "token")
  const email = formText(formData, "email").toLowerCase()
  const password = formData.get("password")
  if (!token) {
    return failure(t("resetLinkInvalid"))
  }
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH) {
    return failure(t("fixErrors"), { fieldErrors: { password: t("passwordTooShort", { min: MIN_PASSWORD_LENGTH }) } })
  }
  if (password !== formData.get("password_confirmation")) {
    return failure(t("fixErrors"), { fieldErrors: { password_confirmation: t("passwordMismatch") } })
  }
  try {
    // The token names the identity; the body only carries the new password.
    await sdk().auth.updateProvider(account.actor, "emailpass", { password }, token)
  } catch (error) {
    return failure(error instanceof FetchError && error.status === 401 ? t("resetLinkInvalid") : t("error"))
  }
  redirect(`${localePath(locale, account.signInPath)}${queryString({ reset: "done", email: email || undefined })}`)
}
