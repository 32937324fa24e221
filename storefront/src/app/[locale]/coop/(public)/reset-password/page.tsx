import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { resetMemberPassword } from "@/lib/actions/vendor-auth"
import { MEMBER_ACCOUNT, ResetPasswordPanel } from "@/modules/common/templates/password-templates"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorAuth" })
  // The URL carries a token: keep it out of indexes and out of the Referer of outgoing links.
  return { title: t("resetTitle"), robots: { index: false }, referrer: "no-referrer" }
}

/** Where the members' reset email links: `?token=…&email=…`. */
export default async function VendorResetPasswordPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  return <ResetPasswordPanel locale={locale} account={MEMBER_ACCOUNT} action={resetMemberPassword} token={firstParam(query.token)} email={firstParam(query.email)} />
}
