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
 * (`/account/…`, messages `auth.*`) and cooperative members (`/coop/…`, messages `vendorAuth.*`,
 * element ids prefixed `vendor-`, test ids prefixed `coop-`). Each kind has its own server actions and Medusa actor.
 */
export type PasswordAccount = {
  /** Where its pages live. */
  base: "/account" | "/coop"
  namespace: "auth" | "vendorAuth"
  /** Prefix of element ids. */
  idPrefix: "" | "vendor-"
  /** Prefix of test ids; `coop-` stays as it is, the end-to-end journeys (tests/e2e) select by it. */
  testIdPrefix: "" | "coop-"
  /** Its sign-in page, under `base`. */
  signIn: "/login" | "/sign-in"
}

export const CUSTOMER_ACCOUNT: PasswordAccount = { base: "/account", namespace: "auth", idPrefix: "", testIdPrefix: "", signIn: "/login" }
export const MEMBER_ACCOUNT: PasswordAccount = { base: "/coop", namespace: "vendorAuth", idPrefix: "vendor-", testIdPrefix: "coop-", signIn: "/sign-in" }

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
  const { idPrefix, testIdPrefix } = account
  return (
    <section className="auth" aria-labelledby={`${idPrefix}forgot-title`}>
      <h1 id={`${idPrefix}forgot-title`}>{t("forgotTitle")}</h1>
      <p className="lead">{t("forgotIntro")}</p>
      <ActionForm action={action} className="form" testId={`${testIdPrefix}forgot-password-form`} aria-labelledby={`${idPrefix}forgot-title`}>
        <input type="hidden" name="locale" value={locale} />
        <TextField idPrefix={`${idPrefix}forgot-`} name="email" type="email" label={FIELD_LABELS.email[locale]} required autoComplete="email" inputMode="email" dir="ltr" />
        <FormMessage testId={`${testIdPrefix}forgot-password-message`} />
        <SubmitButton testId={`${testIdPrefix}forgot-password-submit`} pendingLabel={t("sending")}>
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
  const { idPrefix, testIdPrefix } = account
  const titleId = `${idPrefix}reset-title`
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
      <ActionForm action={action} className="form" testId={`${testIdPrefix}reset-password-form`} aria-labelledby={titleId}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email ?? ""} />
        <TextField
          idPrefix={`${idPrefix}reset-`}
          name="password"
          type="password"
          label={t("newPassword")}
          hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          required
          autoComplete="new-password"
        />
        <TextField idPrefix={`${idPrefix}reset-`} name="password_confirmation" type="password" label={t("confirmPassword")} required autoComplete="new-password" />
        <FormMessage testId={`${testIdPrefix}reset-password-message`} />
        <SubmitButton testId={`${testIdPrefix}reset-password-submit`} pendingLabel={t("saving")}>
          {t("setPassword")}
        </SubmitButton>
      </ActionForm>
    </section>
  )
}
