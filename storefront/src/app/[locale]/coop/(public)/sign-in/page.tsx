import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveMember } from "@/lib/data/vendor"
import { safeNextPath } from "@/lib/forms"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { localePath } from "@/lib/paths"
import { VendorSignInTemplate } from "@/modules/vendor/templates/auth-templates"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorAuth" })
  return { title: t("signInTitle"), robots: { index: false } }
}

export default async function VendorSignInPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const next = safeNextPath(firstParam(query.next), locale, "") || undefined
  if (await retrieveMember(locale)) {
    redirect(next ?? localePath(locale, "/coop/dashboard"))
  }
  const t = await getTranslations({ locale, namespace: "vendorAuth" })
  const notice = firstParam(query.reset) === "done" ? t("passwordChanged") : undefined
  return <VendorSignInTemplate locale={locale} next={next} notice={notice} email={firstParam(query.email)} />
}
