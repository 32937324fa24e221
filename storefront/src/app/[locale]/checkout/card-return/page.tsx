import { PAYMENT_PROVIDERS } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { cardPaymentIntent } from "@/lib/util/payment"
import { CardReturnTemplate } from "@/modules/checkout/templates/card-return-template"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "checkout" })
  return { title: t("cardReturnTitle"), robots: { index: false } }
}

/**
 * Stripe's `return_url`: `?payment_intent=pi_…&redirect_status=succeeded|failed`. The payment is
 * taken as confirmed only for the intent of this visitor's cart (or a cart already completed, by
 * the webhook); the backend checks the intent itself when it places the order.
 */
export default async function CardReturnPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const intentId = firstParam(query.payment_intent)
  const cart = await retrieveCart(locale)
  const ours = cart ? cardPaymentIntent(cart, PAYMENT_PROVIDERS.stripe)?.id === intentId : true
  const confirmed = firstParam(query.redirect_status) === "succeeded" && !!intentId && ours
  return <CardReturnTemplate locale={locale} confirmed={confirmed} />
}
