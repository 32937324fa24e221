import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCustomerOrderGroups, requireCustomer } from "@/lib/data/customer"
import { pageLocale, pageNumber, type SearchParams } from "@/lib/params"
import { OrdersTemplate } from "@/modules/account/templates/account-templates"
import { totalPagesOf } from "@/modules/common/components/pagination"

const PAGE_SIZE = 10

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "account" })
  return { title: t("orders"), robots: { index: false } }
}

export default async function AccountOrdersPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  await requireCustomer(locale, "/account/orders")
  const page = pageNumber((await searchParams).page)
  const { order_groups, count } = await listCustomerOrderGroups(locale, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const totalPages = totalPagesOf(count, PAGE_SIZE)
  if (page > totalPages) {
    notFound()
  }
  return <OrdersTemplate locale={locale} groups={order_groups} page={page} totalPages={totalPages} />
}
