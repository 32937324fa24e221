import { FIELD_LABELS, type Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { type FormState, MIN_PASSWORD_LENGTH } from "@/lib/forms"
import { localePath } from "@/lib/paths"
import { isolate } from "@/lib/util/text"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"

/**
 * "Forgot your password?" and "choose a new password", for the two kinds of account: customers
 * (`/account/…`, messages `auth.*`) and cooperative members (`/coop/…`, messages `coopAuth.*`,
 * element ids and test ids prefixed `coop-`). Each kind has its own server actions and Medusa actor.
 */
export type PasswordAccount = {
  /** Where its pages live. */
  base: "/account" | "/coop"
  namespace: "auth" | "coopAuth"
  /** Prefix of element ids and test ids. */
  prefix: "" | "coop-"
  /** Its sign-in page, under `base`. */
  signIn: "/login" | "/sign-in"
}

export const CUSTOMER_ACCOUNT: PasswordAccount = { base: "/account", namespace: "auth", prefix: "", signIn: "/login" }
export const MEMBER_ACCOUNT: PasswordAccount = { base: "/coop", namespace: "coopAuth", prefix: "coop-", signIn: "/sign-in" }

type Action = (previous: FormState, formData: FormData) => Promise<FormState>

/**
 * The account's messages. Typed over both namespaces, so a key used below must exist in both
 * (test/messages.test.ts checks that every locale has the same keys).
 */
function messagesOf(locale: Locale, account: PasswordAccount) {
  return getTranslations({ locale, namespace: account.namespace })
}

export async function ForgotPasswordPanel({ locale, account, action }: { locale: Locale; account: PasswordAccount; action: Action }) {
  const t = await messagesOf(locale, account)
  const { prefix } = account
  return (
    <section className="auth" aria-labelledby={`${prefix}forgot-title`}>
      <h1 id={`${prefix}forgot-title`}>{t("forgotTitle")}</h1>
      <p className="lead">{t("forgotIntro")}</p>
      <ActionForm action={action} className="form" testId={`${prefix}forgot-password-form`} aria-labelledby={`${prefix}forgot-title`}>
        <input type="hidden" name="locale" value={locale} />
        <TextField idPrefix={`${prefix}forgot-`} name="email" type="email" label={FIELD_LABELS.email[locale]} required autoComplete="email" inputMode="email" dir="ltr" />
        <FormMessage testId={`${prefix}forgot-password-message`} />
        <SubmitButton testId={`${prefix}forgot-password-submit`} pendingLabel={t("sending")}>
          {t("sendResetLink")}
        </SubmitButton>
      </ActionForm>
      <p>
        <Link href={localePath(locale, `${account.base}${account.signIn}`)} prefetch={false}>
          {t("backToSignIn")}
        </Link>
      </p>
    </section>
  )
}

type ResetProps = { locale: Locale; account: PasswordAccount; action: Action; token?: string; email?: string }

export async function ResetPasswordPanel({ locale, account, action, token, email }: ResetProps) {
  const t = await messagesOf(locale, account)
  const { prefix } = account
  const titleId = `${prefix}reset-title`
  if (!token) {
    return (
      <section className="auth" aria-labelledby={titleId}>
        <h1 id={titleId}>{t("resetTitle")}</h1>
        <p className="form-message form-message--error" role="alert">
          {t("resetLinkInvalid")}
        </p>
        <Link className="button" href={localePath(locale, `${account.base}/forgot-password`)} prefetch={false}>
          {t("sendResetLink")}
        </Link>
      </section>
    )
  }
  return (
    <section className="auth" aria-labelledby={titleId}>
      <h1 id={titleId}>{t("resetTitle")}</h1>
      {email ? <p className="lead">{t("resetFor", { email: isolate(email) })}</p> : null}
      <ActionForm action={action} className="form" testId={`${prefix}reset-password-form`} aria-labelledby={titleId}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email ?? ""} />
        <TextField
          idPrefix={`${prefix}reset-`}
          name="password"
          type="password"
          label={t("newPassword")}
          hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          required
          autoComplete="new-password"
        />
        <TextField idPrefix={`${prefix}reset-`} name="password_confirmation" type="password" label={t("confirmPassword")} required autoComplete="new-password" />
        <FormMessage testId={`${prefix}reset-password-message`} />
        <SubmitButton testId={`${prefix}reset-password-submit`} pendingLabel={t("saving")}>
          {t("setPassword")}
        </SubmitButton>
      </ActionForm>
    </section>
  )
}
