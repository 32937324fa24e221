import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale } from "@/lib/params"
import { LEGAL_PATHS } from "@/modules/legal/lib/pages"
import { ContactTemplate } from "@/modules/legal/templates/contact-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "contactPage" })
  return publicPageMetadata({ locale, path: LEGAL_PATHS.contact, title: t("title"), description: t("description") })
}

export default async function ContactPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <ContactTemplate locale={locale} />
}
