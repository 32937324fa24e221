import type { StoreCooperativeShippingResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { saveCheckoutShipping } from "@/lib/actions/checkout"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { FormFieldError } from "@/modules/common/components/form-fields"
import { shippingTexts } from "./shipping-text"

type Props = { locale: Locale; shipping: StoreCooperativeShippingResponse | null; currencyCode: string }

/**
 * Step 2 form: each cooperative ships its own parcel, so one radio group per cooperative with its
 * own options, price (or free) and delivery estimate.
 */
export async function ShippingStep({ locale, shipping, currencyCode }: Props) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const texts = await shippingTexts(locale)
  if (!shipping || shipping.cooperatives.length === 0) {
    return (
      <p className="form-message form-message--error" role="alert" data-testid="checkout-shipping-unavailable">
        {t("shippingUnavailable")}
      </p>
    )
  }

  return (
    <ActionForm action={saveCheckoutShipping} className="form" testId="checkout-shipping-form" aria-label={t("shippingTitle")}>
      <input type="hidden" name="locale" value={locale} />
      {shipping.cooperatives.length > 1 ? <p>{t("shippingIntro", { count: shipping.cooperatives.length })}</p> : null}
      {shipping.cooperatives.map((group) => {
        const name = `shipping_${group.cooperative.id}`
        const errorId = `${name}-error`
        const only = group.options.length === 1 ? group.options[0].id : null
        return (
          <fieldset
            key={group.cooperative.id}
            className="choice-group"
            data-testid={`checkout-shipping-${group.cooperative.handle}`}
            aria-describedby={errorId}
          >
            <legend>
              {t("parcelFrom", { cooperative: group.cooperative.name })}
              <span className="choice-group__meta">
                {t("itemCount", { count: group.item_ids.length })}
              </span>
            </legend>
            {group.options.length === 0 ? <p className="field__error">{t("noShippingOption")}</p> : null}
            {group.options.map((option) => {
              const estimate = texts.estimate(option.min_hours, option.max_hours)
              return (
                <label key={option.id} className="choice" data-testid="shipping-option" data-option-id={option.id}>
                  <input
                    type="radio"
                    name={name}
                    value={option.id}
                    defaultChecked={option.id === (group.selected_option_id ?? only)}
                    required
                  />
                  <span className="choice__text">
                    <span className="choice__title">{option.name}</span>
                    {estimate ? <span className="choice__meta">{estimate}</span> : null}
                    {option.free_above !== null && option.amount > 0 ? (
                      <span className="choice__meta">{t("freeAbove", { amount: texts.price(option.free_above, currencyCode) })}</span>
                    ) : null}
                  </span>
                  <span className="choice__price">{texts.price(option.amount, currencyCode)}</span>
                </label>
              )
            })}
            <FormFieldError name={name} id={errorId} />
          </fieldset>
        )
      })}
      <FormMessage testId="checkout-shipping-message" />
      <SubmitButton testId="checkout-shipping-submit" pendingLabel={t("saving")}>
        {t("continueToPayment")}
      </SubmitButton>
    </ActionForm>
  )
}

/** Step 2 closed: the method chosen for each cooperative. */
export async function ShippingSummary({ locale, shipping, currencyCode }: Props) {
  const texts = await shippingTexts(locale)
  return (
    <ul role="list" className="checkout-step__summary" data-testid="checkout-shipping-summary">
      {(shipping?.cooperatives ?? []).map((group) => {
        const option = group.options.find((candidate) => candidate.id === group.selected_option_id)
        return (
          <li key={group.cooperative.id}>
            <strong>{group.cooperative.name}</strong>
            {option ? ` · ${option.name} · ${texts.price(option.amount, currencyCode)}` : null}
          </li>
        )
      })}
    </ul>
  )
}
