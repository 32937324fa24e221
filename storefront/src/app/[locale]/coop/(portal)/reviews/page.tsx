import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireMember } from "@/lib/data/vendor"
import { listVendorReviews } from "@/lib/data/vendor-reviews"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { VendorReviewsTemplate } from "@/modules/reviews/templates/vendor-reviews-template"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorReviews" })
  return { title: t("title"), robots: { index: false } }
}

export default async function VendorReviewsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  await requireMember(locale, "/coop/reviews")
  const page = Math.max(1, Math.min(10000, Number(firstParam((await searchParams).page)) || 1))
  return <VendorReviewsTemplate locale={locale} list={await listVendorReviews(locale, page)} page={page} />
}
