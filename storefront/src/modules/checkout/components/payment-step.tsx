import { PAYMENT_PROVIDERS } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { saveCheckoutPayment } from "@/lib/actions/checkout"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { FormFieldError } from "@/modules/common/components/form-fields"

type Props = {
  locale: Locale
  selected: string | null
  /** Whether the region offers card payment (Stripe) and this storefront can take it. */
  cardOffered: boolean
}

/**
 * Step 3 form: cash on delivery, the default and first choice, and a bank card when it is
 * offered. Choosing the card starts its PaymentIntent; its details are entered in step 4, next to
 * "place order", where the card form confirms it.
 */
export async function PaymentStep({ locale, selected, cardOffered }: Props) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const cod = PAYMENT_PROVIDERS.cashOnDelivery
  const card = PAYMENT_PROVIDERS.stripe
  const chosen = cardOffered && selected === card ? card : cod
  return (
    <ActionForm action={saveCheckoutPayment} className="form" testId="checkout-payment-form" aria-label={t("paymentTitle")}>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="choice-group" aria-describedby="provider_id-error">
        <legend className="visually-hidden">{t("paymentTitle")}</legend>
        <label className="choice" data-testid="payment-cod">
          <input type="radio" name="provider_id" value={cod} defaultChecked={chosen === cod} required />
          <span className="choice__text">
            <span className="choice__title">{t("cod")}</span>
            <span className="choice__meta">{t("codDescription")}</span>
          </span>
        </label>
        {cardOffered ? (
          <label className="choice" data-testid="payment-card">
            <input type="radio" name="provider_id" value={card} defaultChecked={chosen === card} />
            <span className="choice__text">
              <span className="choice__title">{t("card")}</span>
              <span className="choice__meta">{t("cardDescription")}</span>
            </span>
          </label>
        ) : null}
        <FormFieldError name="provider_id" id="provider_id-error" />
      </fieldset>
      <FormMessage testId="checkout-payment-message" />
      <SubmitButton testId="checkout-payment-submit" pendingLabel={t("saving")}>
        {t("continueToReview")}
      </SubmitButton>
    </ActionForm>
  )
}

/** Step 3 closed: the method chosen. */
export async function PaymentSummary({ locale, providerId }: { locale: Locale; providerId: string | null }) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const name =
    providerId === PAYMENT_PROVIDERS.cashOnDelivery ? t("cod") : providerId === PAYMENT_PROVIDERS.stripe ? t("card") : providerId
  return (
    <p className="checkout-step__summary" data-testid="checkout-payment-summary" data-provider={providerId ?? undefined}>
      {name}
    </p>
  )
}
