import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveMember } from "@/lib/data/vendor"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale } from "@/lib/params"
import { localePath } from "@/lib/paths"
import { ApplyTemplate } from "@/modules/vendor/templates/apply-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "vendorApply" })
  return publicPageMetadata({ locale, path: "/coop/apply", title: t("title"), description: t("intro") })
}

export default async function VendorApplyPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  if (await retrieveMember(locale)) {
    redirect(localePath(locale, "/coop/dashboard"))
  }
  return <ApplyTemplate locale={locale} />
}
