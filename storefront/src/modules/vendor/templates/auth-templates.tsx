import { FIELD_LABELS, type Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { signInMember } from "@/lib/actions/vendor-auth"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"

/** The portal's sign-in: members of a cooperative, never customers (their own actor and cookie). */
export async function VendorSignInTemplate({ locale, next, notice, email }: { locale: Locale; next?: string; notice?: string; email?: string }) {
  const t = await getTranslations({ locale, namespace: "vendorAuth" })
  return (
    <section className="auth" aria-labelledby="vendor-sign-in-title">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 id="vendor-sign-in-title">{t("signInTitle")}</h1>
      {notice ? (
        <p className="form-message form-message--success" role="status" data-testid="coop-sign-in-notice">
          {notice}
        </p>
      ) : null}
      <ActionForm action={signInMember} className="form" testId="coop-sign-in-form" aria-labelledby="vendor-sign-in-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField idPrefix="vendor-login-" name="email" type="email" label={FIELD_LABELS.email[locale]} defaultValue={email} required autoComplete="email" inputMode="email" dir="ltr" />
        <TextField idPrefix="vendor-login-" name="password" type="password" label={t("password")} required autoComplete="current-password" />
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
