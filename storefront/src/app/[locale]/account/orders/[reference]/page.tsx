import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getCustomerOrderGroup, requireCustomer } from "@/lib/data/customer"
import { decodeParam, pageLocale } from "@/lib/params"
import { AccountOrderTemplate } from "@/modules/account/templates/account-templates"

type Props = { params: Promise<{ locale: string; reference: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reference } = await params
  const t = await getTranslations({ locale: pageLocale(locale), namespace: "orders" })
  return { title: t("referenceTitle", { reference: decodeParam(reference) }), robots: { index: false } }
}

export default async function AccountOrderPage({ params }: Props) {
  const { locale: value, reference: raw } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const reference = decodeParam(raw)
  await requireCustomer(locale, `/account/orders/${raw}`)
  const group = await getCustomerOrderGroup(reference, locale)
  if (!group) {
    notFound()
  }
  return <AccountOrderTemplate locale={locale} group={group} />
}
