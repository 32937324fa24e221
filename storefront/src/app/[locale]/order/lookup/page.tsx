import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getOrderAccess } from "@/lib/cookies"
import { getOrderGroup } from "@/lib/data/orders"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { LookupTemplate } from "@/modules/orders/templates/lookup-template"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "orders" })
  return { title: t("lookupTitle"), robots: { index: false } }
}

/** `?reference=` shows the group found by the lookup form (its email is in the order cookie, not the URL). */
export default async function OrderLookupPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const reference = firstParam((await searchParams).reference)
  const access = await getOrderAccess()
  const group = reference && access?.reference === reference ? await getOrderGroup(reference, access.email, locale) : null
  return <LookupTemplate locale={locale} group={group} reference={reference} />
}
