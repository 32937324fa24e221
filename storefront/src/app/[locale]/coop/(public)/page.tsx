import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveMember } from "@/lib/data/vendor"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale } from "@/lib/params"
import { localePath } from "@/lib/paths"
import { VendorLandingTemplate } from "@/modules/vendor/templates/landing-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "vendor" })
  return publicPageMetadata({ locale, path: "/coop", title: t("space"), description: t("landingIntro") })
}

/** The portal's front door; a signed-in member goes straight to the dashboard. */
export default async function VendorLandingPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  if (await retrieveMember(locale)) {
    redirect(localePath(locale, "/coop/dashboard"))
  }
  return <VendorLandingTemplate locale={locale} />
}
