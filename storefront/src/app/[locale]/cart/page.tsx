import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getCooperativeShipping, retrieveCart } from "@/lib/data/cart"
import { pageLocale } from "@/lib/params"
import { groupCartLines } from "@/lib/util/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "cart" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const cart = await retrieveCart(locale)
  const items = cart?.items ?? []
  // Without the grouping (backend unreachable for it) the lines still show, in one block.
  const shipping = cart && items.length > 0 ? await getCooperativeShipping(cart.id, locale).catch(() => null) : null
  return <CartTemplate locale={locale} cart={cart} groups={groupCartLines(items, shipping)} />
}
