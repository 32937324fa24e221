import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { HttpTypes } from "@medusajs/types"
import { deleteAccount, saveMarketingConsent } from "@/lib/actions/account"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { TextField } from "@/modules/common/components/form-fields"
import { AccountNav } from "../components/account-nav"

/** The overview's "my personal data" block (law 09-08): a copy as a file, the way to erase the account, the notice. */
export async function PersonalDataSection({ locale, customer }: { locale: Locale; customer: HttpTypes.StoreCustomer }) {
  const t = await getTranslations({ locale, namespace: "privacyRights" })
  const consent = customer.metadata?.marketing_consent as { granted?: unknown } | undefined
  return (
    <section className="account__privacy" aria-labelledby="personal-data-title" data-testid="personal-data">
      <h2 id="personal-data-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <p className="account__links">
        {/* A file to download, not a page: a plain link, never prefetched. */}
        <a className="button button--ghost" href={localePath(locale, "/account/personal-data")} download data-testid="download-personal-data">
          {t("download")}
        </a>
        <Link className="button button--ghost" href={localePath(locale, "/account/delete")} prefetch={false} data-testid="delete-account-link">
          {t("deleteLink")}
        </Link>
      </p>
      <ActionForm action={saveMarketingConsent} className="form" testId="marketing-consent-form" aria-label={t("consentTitle")}>
        <input type="hidden" name="locale" value={locale} />
        <div className="field field--checkbox">
          <input
            id="account-marketing-consent"
            type="checkbox"
            name="marketing_consent"
            defaultChecked={consent?.granted === true}
            data-testid="marketing-consent"
          />
          <label htmlFor="account-marketing-consent">{t("consentLabel")}</label>
        </div>
        <FormMessage testId="marketing-consent-message" />
        <SubmitButton className="button button--ghost" testId="marketing-consent-submit" pendingLabel={t("consentSaving")}>
          {t("consentSave")}
        </SubmitButton>
      </ActionForm>
      <p>
        <Link href={localePath(locale, "/legal/privacy")} prefetch={false}>
          {t("notice")}
        </Link>
      </p>
    </section>
  )
}

/** Erasing the account: what happens to what, then the password and a box to tick. */
export async function DeleteAccountTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacyRights" })
  return (
    <section className="account" aria-labelledby="delete-account-title">
      <h1 id="delete-account-title">{t("deleteTitle")}</h1>
      <AccountNav locale={locale} current="overview" />
      <ul className="account__consequences">
        <li>{t("consequenceAccount")}</li>
        <li>{t("consequenceOrders")}</li>
        <li>{t("consequenceInProgress")}</li>
        <li>{t("consequenceFinal")}</li>
      </ul>
      <ActionForm action={deleteAccount} className="form" testId="delete-account-form" aria-labelledby="delete-account-title">
        <input type="hidden" name="locale" value={locale} />
        <TextField idPrefix="erase-" name="password" type="password" label={t("password")} required autoComplete="current-password" />
        <div className="field field--checkbox">
          <input id="erase-confirm" type="checkbox" name="confirm" required data-testid="delete-account-confirm" />
          <label htmlFor="erase-confirm">{t("confirm")}</label>
        </div>
        <FormMessage testId="delete-account-message" />
        <SubmitButton testId="delete-account-submit" pendingLabel={t("deleting")}>
          {t("deleteSubmit")}
        </SubmitButton>
      </ActionForm>
      <p>
        <Link href={localePath(locale, "/account")} prefetch={false}>
          {t("keepAccount")}
        </Link>
      </p>
    </section>
  )
}

/** After the erasure: what was done, and that orders can still be looked up by reference. */
export async function AccountDeletedTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacyRights" })
  return (
    <section className="account" aria-labelledby="account-deleted-title" data-testid="account-deleted">
      <h1 id="account-deleted-title">{t("deletedTitle")}</h1>
      <p>{t("deletedText")}</p>
      <p>
        <Link className="button" href={localePath(locale)} prefetch={false}>
          {t("backHome")}
        </Link>
      </p>
    </section>
  )
}
