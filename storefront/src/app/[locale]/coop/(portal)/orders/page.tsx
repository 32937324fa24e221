import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireMember } from "@/lib/data/vendor"
import { listVendorOrders } from "@/lib/data/vendor-orders"
import { firstParam, pageLocale, pageNumber, type SearchParams } from "@/lib/params"
import { totalPagesOf } from "@/modules/common/components/pagination"
import { isOrderFilter } from "@/modules/vendor/lib/statuses"
import { OrdersTemplate } from "@/modules/vendor/templates/orders-template"

const PAGE_SIZE = 20

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorOrders" })
  return { title: t("title"), robots: { index: false } }
}

export default async function VendorOrdersPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  await requireMember(locale, "/coop/orders")
  const query = await searchParams
  const requested = firstParam(query.status)
  const filter = isOrderFilter(requested) ? requested : undefined
  const q = firstParam(query.q)?.trim() || undefined
  const page = pageNumber(query.page)
  const list = await listVendorOrders(locale, { status: filter, q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const totalPages = totalPagesOf(list.count, PAGE_SIZE)
  if (page > totalPages) {
    notFound()
  }
  return <OrdersTemplate locale={locale} list={list} filter={filter} q={q} page={page} totalPages={totalPages} />
}
