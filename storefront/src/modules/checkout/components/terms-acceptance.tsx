import { WITHDRAWAL_DAYS } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"

/**
 * The reminder of the terms of sale and the box the customer ticks to accept them (law 31-08), in
 * the form that places the order (`accept_terms`): required by the browser, checked by the action,
 * recorded and enforced by the backend. The terms open in a new tab so the checkout stays as it is.
 */
export async function TermsAcceptance({ locale, idPrefix }: { locale: Locale; idPrefix: string }) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const id = `${idPrefix}accept-terms`
  return (
    <div className="terms-acceptance">
      <p className="card__meta">{t("termsReminder", { days: WITHDRAWAL_DAYS })}</p>
      <div className="field field--checkbox">
        <input id={id} type="checkbox" name="accept_terms" required data-testid="accept-terms" />
        <label htmlFor={id}>
          {t.rich("acceptTerms", {
            terms: (chunks) => (
              <Link href={localePath(locale, "/legal/terms")} target="_blank" rel="noopener" prefetch={false}>
                {chunks}
              </Link>
            ),
          })}
        </label>
      </div>
    </div>
  )
}
