import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { getEdition } from "@/lib/data/markets"
import { decodeParam, pageLocale } from "@/lib/params"
import { EditionTemplate } from "@/modules/markets/templates/edition-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const edition = await getEdition(decodeParam(handle), pageLocale(locale))
  return edition ? { title: edition.name, description: edition.venue } : {}
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
