import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { JoinTemplate } from "@/modules/vendor/templates/join-template"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorJoin" })
  // The URL carries the invitation's token: keep it out of indexes and Referer headers.
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" }
}

/** Where the invitation email links: `?token=…`. */
export default async function VendorJoinPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  return <JoinTemplate locale={locale} token={firstParam((await searchParams).token)} />
}
