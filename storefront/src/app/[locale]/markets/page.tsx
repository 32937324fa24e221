import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listEditions } from "@/lib/data/markets"
import { publicPageMetadata } from "@/lib/page-metadata"
import { pageLocale } from "@/lib/params"
import { MarketsTemplate } from "@/modules/markets/templates/markets-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "markets" })
  return publicPageMetadata({ locale, path: "/markets", title: t("metaTitle"), description: t("lead") })
}

export default async function MarketsPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <MarketsTemplate locale={locale} editions={await listEditions(locale)} />
}
