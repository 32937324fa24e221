import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer } from "@/lib/data/customer"
import { pageLocale } from "@/lib/params"
import { DeleteAccountTemplate } from "@/modules/account/templates/privacy-templates"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "privacyRights" })
  return { title: t("deleteTitle"), robots: { index: false } }
}

export default async function DeleteAccountPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  await requireCustomer(locale, "/account/delete")
  return <DeleteAccountTemplate locale={locale} />
}
