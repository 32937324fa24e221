import type { HttpTypes } from "@medusajs/types"
import { PAYMENT_PROVIDERS, type StoreCooperativeShippingResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import { getTranslations } from "next-intl/server"
import { acceptTermsForCard, placeCardOrder, placeOrder } from "@/lib/actions/checkout"
import type { CardPaymentConfig } from "@/lib/data/payment"
import { localePath } from "@/lib/paths"
import { groupCartLines } from "@/lib/util/cart"
import { CARD_ERROR_KEYS, type CardErrorKey } from "@/lib/util/card-errors"
import { cardPaymentIntent } from "@/lib/util/payment"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { CardPayment } from "./card-payment"
import { shippingTexts } from "./shipping-text"
import { TermsAcceptance } from "./terms-acceptance"

type Props = {
  locale: Locale
  cart: HttpTypes.StoreCart
  shipping: StoreCooperativeShippingResponse | null
  providerId: string | null
  /** Card payment settings when the checkout offers it. */
  card: CardPaymentConfig | null
}

/**
 * Step 4: the parcels as they will be sent, the amount, and "place order". With cash on delivery
 * that is a form; with a card, the card form (Stripe's Payment Element) pays the cart's
 * PaymentIntent and then places the order.
 */
export async function ReviewStep({ locale, cart, shipping, providerId, card }: Props) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const texts = await shippingTexts(locale)
  const currency = cart.currency_code
  const groups = groupCartLines(cart.items ?? [], shipping)
  const byCard = providerId === PAYMENT_PROVIDERS.stripe
  const cod = !byCard

  return (
    <div className="review">
      <ul role="list" className="review__parcels">
        {groups.map((group) => {
          const entry = shipping?.cooperatives.find((candidate) => candidate.cooperative.id === group.cooperative?.id)
          const option = entry?.options.find((candidate) => candidate.id === entry.selected_option_id)
          return (
            <li key={group.cooperative?.id ?? "other"} className="parcel-card" data-testid="review-parcel">
              <h3>{group.cooperative ? t("parcelFrom", { cooperative: group.cooperative.name }) : t("parcel")}</h3>
              <ul role="list" className="parcel-card__items">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <span>
                      {t("lineQuantity", { quantity: item.quantity, title: item.product_title ?? item.title })}
                      {item.variant_title ? <span className="card__meta"> · {item.variant_title}</span> : null}
                    </span>
                  </li>
                ))}
              </ul>
              {option ? (
                <p className="card__meta">
                  {option.name} · {texts.price(option.amount, currency)}
                  {texts.estimate(option.min_hours, option.max_hours) ? ` · ${texts.estimate(option.min_hours, option.max_hours)}` : ""}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      <dl className="summary__rows">
        <div>
          <dt>{t("itemsTotal")}</dt>
          <dd>{formatPrice(cart.item_total, locale, currency)}</dd>
        </div>
        <div>
          <dt>{t("shippingTotal")}</dt>
          <dd>{cart.shipping_total === 0 ? t("free") : formatPrice(cart.shipping_total, locale, currency)}</dd>
        </div>
        <div className="summary__total">
          <dt>{cod ? t("toPayOnDelivery") : t("toPayByCard")}</dt>
          <dd data-testid="review-total">{formatPrice(cart.total, locale, currency)}</dd>
        </div>
      </dl>
      {byCard ? (
        <CardPlaceOrder locale={locale} cart={cart} card={card} />
      ) : (
        <ActionForm action={placeOrder} className="form" testId="place-order-form" aria-label={t("placeOrder")}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="provider_id" value={PAYMENT_PROVIDERS.cashOnDelivery} />
          <p className="card__meta">{t("placeOrderNote")}</p>
          <TermsAcceptance locale={locale} idPrefix="cod-" />
          <FormMessage testId="place-order-message" />
          <SubmitButton className="button button--block" testId="place-order" pendingLabel={t("placing")}>
            {t("placeOrder")}
          </SubmitButton>
        </ActionForm>
      )}
    </div>
  )
}

/** Paying by card: the card form for the cart's PaymentIntent, or why it cannot show. */
async function CardPlaceOrder({ locale, cart, card }: { locale: Locale; cart: HttpTypes.StoreCart; card: CardPaymentConfig | null }) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const intent = cardPaymentIntent(cart, PAYMENT_PROVIDERS.stripe)
  if (!card || !intent) {
    return (
      <p className="form-message form-message--error" role="alert" data-testid="card-unavailable">
        {t("cardUnavailable")}
      </p>
    )
  }
  const amount = formatPrice(cart.total, locale, cart.currency_code)
  const errors = Object.fromEntries(CARD_ERROR_KEYS.map((key) => [key, t(`cardErrors.${key}`)])) as Record<CardErrorKey, string>
  return (
    <section className="card-payment-section" aria-labelledby="card-payment-title" data-testid="card-payment">
      <h3 id="card-payment-title">{t("cardTitle")}</h3>
      <p className="card__meta">{t("cardNote", { amount })}</p>
      <noscript>
        <p className="form-message form-message--error">{t("cardNoScript")}</p>
      </noscript>
      <CardPayment
        locale={locale}
        publishableKey={card.publishableKey}
        stripeJsUrl={card.stripeJsUrl}
        clientSecret={intent.clientSecret}
        returnPath={localePath(locale, "/checkout/card-return")}
        placeOrder={placeCardOrder}
        acceptTerms={acceptTermsForCard}
        terms={<TermsAcceptance locale={locale} idPrefix="card-" />}
        texts={{
          loading: t("cardLoading"),
          loadError: t("cardLoadError"),
          submit: t("payAndPlace", { amount }),
          paying: t("paying"),
          placing: t("placing"),
          errors,
        }}
      />
    </section>
  )
}
