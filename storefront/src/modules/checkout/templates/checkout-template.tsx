import type { HttpTypes } from "@medusajs/types"
import type { StoreCooperativeShippingResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { CardPaymentConfig } from "@/lib/data/payment"
import { localePath } from "@/lib/paths"
import { itemCount } from "@/lib/util/cart"
import { type CheckoutProgress, type CheckoutStep as Step } from "@/lib/util/checkout"
import { paymentProviderId } from "@/lib/util/payment"
import { AddressStep, AddressSummary } from "../components/address-step"
import { CheckoutStep } from "../components/checkout-step"
import { PaymentStep, PaymentSummary } from "../components/payment-step"
import { ReviewStep } from "../components/review-step"
import { ShippingStep, ShippingSummary } from "../components/shipping-step"

type Props = {
  locale: Locale
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  shipping: StoreCooperativeShippingResponse | null
  /** Card payment settings when the region offers it and the storefront has Stripe's key. */
  card: CardPaymentConfig | null
  progress: CheckoutProgress
}

/** The checkout on one server-rendered page: four steps, one open at a time, each a form. */
export async function CheckoutTemplate({ locale, cart, customer, shipping, card, progress }: Props) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const currency = cart.currency_code
  const providerId = paymentProviderId(cart)
  const stepState = (step: Step) => (progress.current === step ? "open" : progress.done[step] ? "done" : "upcoming")
  const edit = (step: Step) => ({ href: `${localePath(locale, "/checkout")}?step=${step}`, label: t("change") })

  return (
    <section className="checkout" aria-labelledby="checkout-title">
      <h1 id="checkout-title">{t("title")}</h1>
      <div className="checkout__layout">
        <div className="checkout__steps">
          <CheckoutStep
            id="address"
            number={1}
            title={t("addressTitle")}
            state={stepState("address")}
            edit={edit("address")}
            summary={<AddressSummary locale={locale} cart={cart} />}
          >
            <AddressStep locale={locale} cart={cart} customer={customer} />
          </CheckoutStep>
          <CheckoutStep
            id="shipping"
            number={2}
            title={t("shippingTitle")}
            state={stepState("shipping")}
            edit={edit("shipping")}
            summary={<ShippingSummary locale={locale} shipping={shipping} currencyCode={currency} />}
          >
            <ShippingStep locale={locale} shipping={shipping} currencyCode={currency} />
          </CheckoutStep>
          <CheckoutStep
            id="payment"
            number={3}
            title={t("paymentTitle")}
            state={stepState("payment")}
            edit={edit("payment")}
            summary={<PaymentSummary locale={locale} providerId={providerId} />}
          >
            <PaymentStep locale={locale} selected={providerId} cardOffered={card !== null} />
          </CheckoutStep>
          <CheckoutStep id="review" number={4} title={t("reviewTitle")} state={stepState("review")}>
            <ReviewStep locale={locale} cart={cart} shipping={shipping} providerId={providerId} card={card} />
          </CheckoutStep>
        </div>
        <aside className="summary" aria-labelledby="checkout-summary-title">
          <h2 id="checkout-summary-title">{t("summaryTitle")}</h2>
          <p className="card__meta">{t("itemCount", { count: itemCount(cart.items) })}</p>
          <dl className="summary__rows">
            <div>
              <dt>{t("itemsTotal")}</dt>
              <dd>{formatPrice(cart.item_total, locale, currency)}</dd>
            </div>
            <div>
              <dt>{t("shippingTotal")}</dt>
              <dd>{progress.done.shipping ? formatPrice(cart.shipping_total, locale, currency) : t("shippingNext")}</dd>
            </div>
            <div className="summary__total">
              <dt>{t("total")}</dt>
              <dd data-testid="checkout-total">{formatPrice(cart.total, locale, currency)}</dd>
            </div>
          </dl>
          <Link href={localePath(locale, "/cart")} prefetch={false} className="button-link">
            {t("editCart")}
          </Link>
        </aside>
      </div>
    </section>
  )
}
