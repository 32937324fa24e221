import { FIELD_LABELS, type Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { signIn, signUp } from "@/lib/actions/account"
import { MIN_PASSWORD_LENGTH } from "@/lib/forms"
import { localePath, queryString } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"

/** Sign in with email and password; `next` is where to go afterwards (checkout, an account page). */
export async function LoginTemplate({ locale, next, notice, email }: { locale: Locale; next?: string; notice?: string; email?: string }) {
  const t = await getTranslations({ locale, namespace: "auth" })
  return (
    <section className="auth" aria-labelledby="login-title">
      <h1 id="login-title">{t("signInTitle")}</h1>
      {notice ? (
        <p className="form-message form-message--success" role="status" data-testid="login-notice">
          {notice}
        </p>
      ) : null}
      <ActionForm action={signIn} className="form" testId="sign-in-form" aria-labelledby="login-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField idPrefix="login-" name="email" type="email" label={FIELD_LABELS.email[locale]} defaultValue={email} required autoComplete="email" inputMode="email" dir="ltr" />
        <TextField idPrefix="login-" name="password" type="password" label={t("password")} required autoComplete="current-password" />
        <FormMessage testId="sign-in-message" />
        <SubmitButton testId="sign-in-submit" pendingLabel={t("signingIn")}>
          {t("signIn")}
        </SubmitButton>
      </ActionForm>
      <p>
        <Link href={localePath(locale, "/account/forgot-password")} prefetch={false} data-testid="forgot-password-link">
          {t("forgotPassword")}
        </Link>
      </p>
      <p>
        {t("noAccount")}{" "}
        <Link href={`${localePath(locale, "/account/register")}${queryString({ next })}`} prefetch={false} data-testid="register-link">
          {t("createAccount")}
        </Link>
      </p>
    </section>
  )
}

export async function RegisterTemplate({ locale, next }: { locale: Locale; next?: string }) {
  const t = await getTranslations({ locale, namespace: "auth" })
  return (
    <section className="auth" aria-labelledby="register-title">
      <h1 id="register-title">{t("registerTitle")}</h1>
      <p className="lead">{t("registerIntro")}</p>
      <ActionForm action={signUp} className="form" testId="register-form" aria-labelledby="register-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={next ?? ""} />
        <div className="field-row">
          <TextField idPrefix="register-" name="first_name" label={FIELD_LABELS.first_name[locale]} required autoComplete="given-name" maxLength={100} />
          <TextField idPrefix="register-" name="last_name" label={FIELD_LABELS.last_name[locale]} required autoComplete="family-name" maxLength={100} />
        </div>
        <TextField idPrefix="register-" name="email" type="email" label={FIELD_LABELS.email[locale]} required autoComplete="email" inputMode="email" dir="ltr" maxLength={254} />
        <TextField
          idPrefix="register-"
          name="password"
          type="password"
          label={t("password")}
          hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          required
          autoComplete="new-password"
        />
        <div className="field field--checkbox">
          <input id="register-marketing-consent" type="checkbox" name="marketing_consent" data-testid="register-marketing-consent" />
          <label htmlFor="register-marketing-consent">{t("marketingConsent")}</label>
        </div>
        <FormMessage testId="register-message" />
        <SubmitButton testId="register-submit" pendingLabel={t("creating")}>
          {t("createAccount")}
        </SubmitButton>
      </ActionForm>
      <p>
        {t("haveAccount")}{" "}
        <Link href={`${localePath(locale, "/account/login")}${queryString({ next })}`} prefetch={false} data-testid="sign-in-link">
          {t("signIn")}
        </Link>
      </p>
    </section>
  )
}
