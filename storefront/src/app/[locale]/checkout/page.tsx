import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getCooperativeShipping, retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { getCardPayment } from "@/lib/data/payment"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { localePath } from "@/lib/paths"
import { checkoutProgress } from "@/lib/util/checkout"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const cart = await retrieveCart(locale)
  if (!cart || (cart.items ?? []).length === 0) {
    redirect(localePath(locale, "/cart"))
  }
  const [customer, shipping, card] = await Promise.all([
    retrieveCustomer(),
    // Without it the shipping step says options are unavailable; the rest of the checkout still shows.
    getCooperativeShipping(cart.id, locale).catch(() => null),
    getCardPayment(cart.region_id),
  ])
  const progress = checkoutProgress(cart, shipping, firstParam((await searchParams).step))
  return <CheckoutTemplate locale={locale} cart={cart} customer={customer} shipping={shipping} card={card} progress={progress} />
}
