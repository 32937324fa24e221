import { cooperativeReadOnly } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listTopCategories } from "@/lib/data/categories"
import { requireMember } from "@/lib/data/vendor"
import { listVendorDocuments } from "@/lib/data/vendor-catalog"
import { pageLocale } from "@/lib/params"
import { ProductFormTemplate } from "@/modules/vendor/templates/product-form-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorProducts" })
  return { title: t("newTitle"), robots: { index: false } }
}

export default async function VendorNewProductPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireMember(locale, "/coop/products/new")
  const [categories, documents] = await Promise.all([listTopCategories(locale), listVendorDocuments(locale)])
  return <ProductFormTemplate locale={locale} product={null} categories={categories} documents={documents} readOnly={cooperativeReadOnly(me.cooperative.status)} />
}
