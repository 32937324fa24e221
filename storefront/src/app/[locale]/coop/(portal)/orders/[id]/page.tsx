import { cooperativeReadOnly } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireMember } from "@/lib/data/vendor"
import { getVendorOrder } from "@/lib/data/vendor-orders"
import { decodeParam, pageLocale } from "@/lib/params"
import { OrderTemplate } from "@/modules/vendor/templates/order-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorOrders" })
  return { title: t("title"), robots: { index: false } }
}

export default async function VendorOrderPage({ params }: Props) {
  const { locale: value, id: raw } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const id = decodeParam(raw)
  const me = await requireMember(locale, `/coop/orders/${id}`)
  const order = await getVendorOrder(id, locale)
  if (!order) {
    notFound()
  }
  return <OrderTemplate locale={locale} order={order} readOnly={cooperativeReadOnly(me.cooperative.status)} />
}
