import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { placeCardOrder } from "@/lib/actions/checkout"
import { localePath } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { AutoSubmit } from "@/modules/common/components/auto-submit"

/**
 * Where Stripe sends the customer back after a payment that needed a redirect (a bank's page).
 * A confirmed payment places the order at once (the same action as the card form); a failed one
 * says so and leads back to the checkout, where the cart waits with its PaymentIntent.
 */
export async function CardReturnTemplate({ locale, confirmed }: { locale: Locale; confirmed: boolean }) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const back = (
    <Link className="button button--ghost" href={`${localePath(locale, "/checkout")}?step=review`} prefetch={false} data-testid="card-return-back">
      {t("backToCheckout")}
    </Link>
  )
  if (!confirmed) {
    return (
      <section className="card-return" aria-labelledby="card-return-title" data-testid="card-return" data-status="failed">
        <h1 id="card-return-title">{t("cardReturnFailedTitle")}</h1>
        <p className="form-message form-message--error" role="alert" data-testid="card-return-message">
          {t("cardErrors.generic")}
        </p>
        <p>{back}</p>
      </section>
    )
  }
  return (
    <section className="card-return" aria-labelledby="card-return-title" data-testid="card-return" data-status="succeeded">
      <h1 id="card-return-title">{t("cardReturnTitle")}</h1>
      <ActionForm action={placeCardOrder} className="form" testId="card-return-form" aria-labelledby="card-return-title">
        <input type="hidden" name="locale" value={locale} />
        <p>{t("cardReturnText")}</p>
        <FormMessage testId="card-return-message" />
        <SubmitButton testId="card-return-finish" pendingLabel={t("placing")}>
          {t("cardReturnFinish")}
        </SubmitButton>
        <AutoSubmit />
      </ActionForm>
      <p>{back}</p>
    </section>
  )
}
