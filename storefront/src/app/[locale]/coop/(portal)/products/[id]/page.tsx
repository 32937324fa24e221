import { cooperativeReadOnly } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listTopCategories } from "@/lib/data/categories"
import { requireMember } from "@/lib/data/vendor"
import { getVendorProduct, listVendorDocuments } from "@/lib/data/vendor-catalog"
import { decodeParam, pageLocale } from "@/lib/params"
import { ProductFormTemplate } from "@/modules/vendor/templates/product-form-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorProducts" })
  return { title: t("editTitle"), robots: { index: false } }
}

export default async function VendorEditProductPage({ params }: Props) {
  const { locale: value, id: raw } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const id = decodeParam(raw)
  const me = await requireMember(locale, `/coop/products/${id}`)
  const [product, categories, documents] = await Promise.all([getVendorProduct(id, locale), listTopCategories(locale), listVendorDocuments(locale)])
  if (!product) {
    notFound()
  }
  return <ProductFormTemplate locale={locale} product={product} categories={categories} documents={documents} readOnly={cooperativeReadOnly(me.cooperative.status)} />
}
