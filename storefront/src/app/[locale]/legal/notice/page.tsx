import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale } from "@/lib/params"
import { LEGAL_PATHS } from "@/modules/legal/lib/pages"
import { NoticeTemplate } from "@/modules/legal/templates/notice-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "legalNotice" })
  return publicPageMetadata({ locale, path: LEGAL_PATHS.notice, title: t("title"), description: t("description") })
}

export default async function LegalNoticePage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <NoticeTemplate locale={locale} />
}
