import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getProductByHandle } from "@/lib/data/products"
import { publicPageMetadata } from "@/lib/page-metadata"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { excerpt } from "@/lib/seo"
import { productPhotos } from "@/lib/util/product-photos"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  const product = await getProductByHandle(handle, locale)
  if (!product) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "products" })
  const [photo] = productPhotos(product)
  const cooperative = product.cooperative?.name
  return publicPageMetadata({
    locale,
    // `?variant=` shows the same product: the canonical URL has none.
    path: `/products/${encodeURIComponent(product.handle)}`,
    title: product.title,
    description: product.subtitle || excerpt(product.description) || (cooperative ? t("madeBy", { name: cooperative }) : undefined),
    image: photo ? { url: photo, alt: t("imageAlt", { title: product.title, number: 1 }) } : null,
  })
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const product = await getProductByHandle(handle, locale)
  if (!product) {
    notFound()
  }
  const query = await searchParams
  const variant = firstParam(query.variant)
  const reviewsPage = Number(firstParam(query.reviews)) || 1
  return <ProductTemplate locale={locale} product={product} requestedVariantId={variant} reviewsPage={reviewsPage} />
}
