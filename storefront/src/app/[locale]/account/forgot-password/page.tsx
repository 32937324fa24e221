import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { pageLocale } from "@/lib/params"
import { requestPasswordReset } from "@/lib/actions/account"
import { CUSTOMER_ACCOUNT, ForgotPasswordPanel } from "@/modules/common/templates/password-templates"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "auth" })
  return { title: t("forgotTitle"), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <ForgotPasswordPanel locale={locale} account={CUSTOMER_ACCOUNT} action={requestPasswordReset} />
}
