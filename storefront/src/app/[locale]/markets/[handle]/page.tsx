import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getEdition } from "@/lib/data/markets"
import { publicPageMetadata } from "@/lib/page-metadata"
import { decodeParam, pageLocale } from "@/lib/params"
import { formatDateRange } from "@/modules/markets/lib/editions"
import { EditionTemplate } from "@/modules/markets/templates/edition-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  const edition = await getEdition(decodeParam(handle), locale)
  if (!edition) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "markets" })
  return publicPageMetadata({
    locale,
    path: `/markets/${encodeURIComponent(edition.handle)}`,
    title: edition.name,
    description: t("metaDescription", { dates: formatDateRange(edition.starts_on, edition.ends_on, locale), venue: edition.venue }),
  })
}

export default async function EditionPage({ params }: Props) {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const edition = await getEdition(decodeParam(handle), locale)
  if (!edition) {
    notFound()
  }
  return <EditionTemplate locale={locale} edition={edition} />
}
