import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { pageLocale } from "@/lib/params"
import { ForgotPasswordTemplate } from "@/modules/account/templates/auth-templates"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "auth" })
  return { title: t("forgotTitle"), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <ForgotPasswordTemplate locale={locale} />
}
