import { PAYMENT_PROVIDERS, type Locale } from "@tadamon/shared"
import { getTranslations } from "next-intl/server"
import { saveCheckoutPayment } from "@/lib/actions/checkout"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { FormFieldError } from "@/modules/common/components/form-fields"

/**
 * Step 3 form: cash on delivery, the default and first choice. Card payment (Stripe) is the next
 * option in this group: its radio is here, disabled, until that issue lands.
 */
export async function PaymentStep({ locale, selected }: { locale: Locale; selected: string | null }) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const cod = PAYMENT_PROVIDERS.cashOnDelivery
  return (
    <ActionForm action={saveCheckoutPayment} className="form" testId="checkout-payment-form" aria-label={t("paymentTitle")}>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="choice-group" aria-describedby="provider_id-error">
        <legend className="visually-hidden">{t("paymentTitle")}</legend>
        <label className="choice" data-testid="payment-cod">
          <input type="radio" name="provider_id" value={cod} defaultChecked={!selected || selected === cod} required />
          <span className="choice__text">
            <span className="choice__title">{t("cod")}</span>
            <span className="choice__meta">{t("codDescription")}</span>
          </span>
        </label>
        <label className="choice choice--disabled" data-testid="payment-card">
          <input type="radio" name="provider_id" value={PAYMENT_PROVIDERS.stripe} disabled />
          <span className="choice__text">
            <span className="choice__title">{t("card")}</span>
            <span className="choice__meta">{t("cardSoon")}</span>
          </span>
        </label>
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
  return (
    <p className="checkout-step__summary" data-testid="checkout-payment-summary">
      {providerId === PAYMENT_PROVIDERS.cashOnDelivery ? t("cod") : providerId}
    </p>
  )
}
