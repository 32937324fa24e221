import { EARNINGS_INTERVALS, type EarningsInterval } from "@tadamon/shared/contracts/vendor"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireMember } from "@/lib/data/vendor"
import { getVendorEarnings, getVendorEarningsSeries } from "@/lib/data/vendor-orders"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { EarningsTemplate } from "@/modules/vendor/templates/earnings-template"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

const DATE = /^\d{4}-\d{2}-\d{2}$/

function dateParam(value: string | string[] | undefined): string | undefined {
  const text = firstParam(value)
  return text && DATE.test(text) ? text : undefined
}

function intervalParam(value: string | string[] | undefined): EarningsInterval | undefined {
  const text = firstParam(value)
  return (EARNINGS_INTERVALS as readonly string[]).includes(text ?? "") ? (text as EarningsInterval) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorEarnings" })
  return { title: t("title"), robots: { index: false } }
}

export default async function VendorEarningsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  await requireMember(locale, "/coop/earnings")
  const query = await searchParams
  const period = { from: dateParam(query.from), to: dateParam(query.to), interval: intervalParam(query.interval) }
  const [statement, series] = await Promise.all([getVendorEarnings(locale, period), getVendorEarningsSeries(locale, period)])
  return <EarningsTemplate locale={locale} statement={statement} series={series} period={period} />
}
