import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { pageLocale } from "@/lib/params"
import { requestMemberPasswordReset } from "@/lib/actions/vendor-auth"
import { ForgotPasswordPanel, MEMBER_ACCOUNT } from "@/modules/common/templates/password-templates"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorAuth" })
  return { title: t("forgotTitle"), robots: { index: false } }
}

export default async function VendorForgotPasswordPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <ForgotPasswordPanel locale={locale} account={MEMBER_ACCOUNT} action={requestMemberPasswordReset} />
}
