import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer } from "@/lib/data/customer"
import { pageLocale } from "@/lib/params"
import { OverviewTemplate } from "@/modules/account/templates/account-templates"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "account" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/account")
  return <OverviewTemplate locale={locale} customer={customer} />
}
