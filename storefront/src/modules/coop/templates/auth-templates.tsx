import { FIELD_LABELS, type Locale } from "@tadamon/shared"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { requestMemberPasswordReset, resetMemberPassword, signInMember } from "@/lib/actions/vendor-auth"
import { MIN_PASSWORD_LENGTH } from "@/lib/forms"
import { localePath } from "@/lib/paths"
import { isolate } from "@/lib/util/text"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"

/** The portal's sign-in: members of a cooperative, never customers (their own actor and cookie). */
export async function CoopSignInTemplate({ locale, next, notice, email }: { locale: Locale; next?: string; notice?: string; email?: string }) {
  const t = await getTranslations({ locale, namespace: "coopAuth" })
  return (
    <section className="auth" aria-labelledby="coop-sign-in-title">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 id="coop-sign-in-title">{t("signInTitle")}</h1>
      {notice ? (
        <p className="form-message form-message--success" role="status" data-testid="coop-sign-in-notice">
          {notice}
        </p>
      ) : null}
      <ActionForm action={signInMember} className="form" testId="coop-sign-in-form" aria-labelledby="coop-sign-in-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField idPrefix="coop-login-" name="email" type="email" label={FIELD_LABELS.email[locale]} defaultValue={email} required autoComplete="email" inputMode="email" dir="ltr" />
        <TextField idPrefix="coop-login-" name="password" type="password" label={t("password")} required autoComplete="current-password" />
        <FormMessage testId="coop-sign-in-message" />
        <SubmitButton testId="coop-sign-in-submit" pendingLabel={t("signingIn")}>
          {t("signIn")}
        </SubmitButton>
      </ActionForm>
      <p>
        <Link href={localePath(locale, "/coop/forgot-password")} prefetch={false} data-testid="coop-forgot-password-link">
          {t("forgotPassword")}
        </Link>
      </p>
      <p>
        {t("notYet")}{" "}
        <Link href={localePath(locale, "/coop/apply")} prefetch={false} data-testid="coop-apply-link">
          {t("applyLink")}
        </Link>
      </p>
    </section>
  )
}

export async function CoopForgotPasswordTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "coopAuth" })
  return (
    <section className="auth" aria-labelledby="coop-forgot-title">
      <h1 id="coop-forgot-title">{t("forgotTitle")}</h1>
      <p className="lead">{t("forgotIntro")}</p>
      <ActionForm action={requestMemberPasswordReset} className="form" testId="coop-forgot-password-form" aria-labelledby="coop-forgot-title">
        <input type="hidden" name="locale" value={locale} />
        <TextField idPrefix="coop-forgot-" name="email" type="email" label={FIELD_LABELS.email[locale]} required autoComplete="email" inputMode="email" dir="ltr" />
        <FormMessage testId="coop-forgot-password-message" />
        <SubmitButton testId="coop-forgot-password-submit" pendingLabel={t("sending")}>
          {t("sendResetLink")}
        </SubmitButton>
      </ActionForm>
      <p>
        <Link href={localePath(locale, "/coop/sign-in")} prefetch={false}>
          {t("backToSignIn")}
        </Link>
      </p>
    </section>
  )
}

export async function CoopResetPasswordTemplate({ locale, token, email }: { locale: Locale; token?: string; email?: string }) {
  const t = await getTranslations({ locale, namespace: "coopAuth" })
  if (!token) {
    return (
      <section className="auth" aria-labelledby="coop-reset-title">
        <h1 id="coop-reset-title">{t("resetTitle")}</h1>
        <p className="form-message form-message--error" role="alert">
          {t("resetLinkInvalid")}
        </p>
        <Link className="button" href={localePath(locale, "/coop/forgot-password")} prefetch={false}>
          {t("sendResetLink")}
        </Link>
      </section>
    )
  }
  return (
    <section className="auth" aria-labelledby="coop-reset-title">
      <h1 id="coop-reset-title">{t("resetTitle")}</h1>
      {email ? <p className="lead">{t("resetFor", { email: isolate(email) })}</p> : null}
      <ActionForm action={resetMemberPassword} className="form" testId="coop-reset-password-form" aria-labelledby="coop-reset-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email ?? ""} />
        <TextField
          idPrefix="coop-reset-"
          name="password"
          type="password"
          label={t("newPassword")}
          hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          required
          autoComplete="new-password"
        />
        <TextField idPrefix="coop-reset-" name="password_confirmation" type="password" label={t("confirmPassword")} required autoComplete="new-password" />
        <FormMessage testId="coop-reset-password-message" />
        <SubmitButton testId="coop-reset-password-submit" pendingLabel={t("saving")}>
          {t("setPassword")}
        </SubmitButton>
      </ActionForm>
    </section>
  )
}
