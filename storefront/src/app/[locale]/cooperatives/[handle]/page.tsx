import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { getCooperativeByHandle } from "@/lib/data/cooperatives"
import { pageLocale } from "@/lib/params"
import { CooperativeTemplate } from "@/modules/cooperatives/templates/cooperative-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const result = await getCooperativeByHandle(handle, pageLocale(locale))
  return result ? { title: result.cooperative.name, description: result.cooperative.story.slice(0, 160) } : {}
}

export default async function CooperativePage({ params }: Props) {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const result = await getCooperativeByHandle(handle, locale)
  if (!result) {
    notFound()
  }
  return <CooperativeTemplate locale={locale} cooperative={result.cooperative} products={result.products} />
}
