import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { pageLocale } from "@/lib/params"
import { AccountDeletedTemplate } from "@/modules/account/templates/privacy-templates"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "privacyRights" })
  return { title: t("deletedTitle"), robots: { index: false } }
}

export default async function AccountDeletedPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <AccountDeletedTemplate locale={locale} />
}
