import { cooperativeReadOnly } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireMember } from "@/lib/data/vendor"
import { getVendorProduct, listVendorProducts } from "@/lib/data/vendor-catalog"
import { firstParam, pageLocale, pageNumber, type SearchParams } from "@/lib/params"
import { totalPagesOf } from "@/modules/common/components/pagination"
import { isProductStatus } from "@/modules/vendor/lib/statuses"
import { ProductsTemplate } from "@/modules/vendor/templates/products-template"

const PAGE_SIZE = 20

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorProducts" })
  return { title: t("title"), robots: { index: false } }
}

export default async function VendorProductsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireMember(locale, "/coop/products")
  const query = await searchParams
  const requested = firstParam(query.status)
  const status = isProductStatus(requested) ? requested : undefined
  const page = pageNumber(query.page)
  const savedId = firstParam(query.saved)
  const [{ products, count }, saved] = await Promise.all([
    listVendorProducts(locale, { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    savedId ? getVendorProduct(savedId, locale) : null,
  ])
  const totalPages = totalPagesOf(count, PAGE_SIZE)
  if (page > totalPages) {
    notFound()
  }
  return (
    <ProductsTemplate
      locale={locale}
      products={products}
      count={count}
      status={status}
      page={page}
      totalPages={totalPages}
      saved={saved}
      readOnly={cooperativeReadOnly(me.cooperative.status)}
      cooperativeApproved={me.cooperative.status === "approved"}
    />
  )
}
