import { VENDOR_FIELD_LABELS } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { acceptInvitation } from "@/lib/actions/vendor-auth"
import { MIN_PASSWORD_LENGTH } from "@/lib/forms"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"
import { GroupError } from "../components/fields"

const PREFIX = "join-"

/** `/coop/join?token=`: the invited person creates their account, bound to the inviting cooperative. */
export async function JoinTemplate({ locale, token }: { locale: Locale; token?: string }) {
  const t = await getTranslations({ locale, namespace: "vendorJoin" })
  const label = (field: string) => VENDOR_FIELD_LABELS[field]?.[locale] ?? field
  if (!token) {
    return (
      <section className="auth" aria-labelledby="join-title">
        <h1 id="join-title">{t("title")}</h1>
        <p className="form-message form-message--error" role="alert" data-testid="coop-join-invalid">
          {t("invalid")}
        </p>
        <p>{t("askAgain")}</p>
      </section>
    )
  }
  return (
    <section className="auth" aria-labelledby="join-title">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 id="join-title">{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ActionForm action={acceptInvitation} className="form" testId="coop-join-form" aria-labelledby="join-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <GroupError name="token" id={`${PREFIX}token-error`} />
        <div className="field-row">
          <TextField idPrefix={PREFIX} name="first_name" label={label("first_name")} required autoComplete="given-name" maxLength={80} />
          <TextField idPrefix={PREFIX} name="last_name" label={label("last_name")} required autoComplete="family-name" maxLength={80} />
        </div>
        <TextField
          idPrefix={PREFIX}
          name="phone"
          type="tel"
          label={label("phone")}
          optionalLabel={t("optional")}
          autoComplete="tel"
          inputMode="tel"
          dir="ltr"
          maxLength={20}
        />
        <TextField idPrefix={PREFIX} name="email" type="email" label={label("email")} hint={t("emailHint")} required autoComplete="email" inputMode="email" dir="ltr" />
        <TextField
          idPrefix={PREFIX}
          name="password"
          type="password"
          label={t("password")}
          hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          required
          autoComplete="new-password"
        />
        <FormMessage testId="coop-join-message" />
        <SubmitButton testId="coop-join-submit" pendingLabel={t("joining")}>
          {t("submit")}
        </SubmitButton>
      </ActionForm>
      <p>
        {t("haveAccount")}{" "}
        <Link href={localePath(locale, "/coop/sign-in")} prefetch={false}>
          {t("signIn")}
        </Link>
      </p>
    </section>
  )
}
