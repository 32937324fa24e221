import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { getProductByHandle } from "@/lib/data/products"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await getProductByHandle(handle, pageLocale(locale))
  if (!product) {
    return {}
  }
  return {
    title: product.title,
    description: product.subtitle ?? product.description?.slice(0, 160) ?? undefined,
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const product = await getProductByHandle(handle, locale)
  if (!product) {
    notFound()
  }
  const variant = firstParam((await searchParams).variant)
  return <ProductTemplate locale={locale} product={product} requestedVariantId={variant} />
}
