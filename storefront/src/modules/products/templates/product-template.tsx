import { cooperativeSeller, provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { publicOrigin } from "@/lib/public-url"
import { productJsonLd } from "@/lib/structured-data"
import { withAggregateRating } from "@/lib/review-structured-data"
import { getProductAggregate } from "@/lib/data/reviews"
import { ProductReviews } from "@/modules/reviews/components/product-reviews"
import { selectVariant } from "@/lib/util/variants"
import { AddToCart } from "@/modules/cart/components/add-to-cart"
import { Breadcrumbs, type Crumb } from "@/modules/common/components/breadcrumbs"
import { JsonLd } from "@/modules/common/components/json-ld"
import { Paragraphs } from "@/modules/common/components/paragraphs"
import { SellerDetails } from "@/modules/cooperatives/components/seller-details"
import { FavouriteButton } from "@/modules/favourites/components/favourite-button"
import type { TadamonProduct } from "@/types"
import { ProductGallery } from "../components/product-gallery"
import { ProductPrice } from "../components/product-price"
import { StockBadge } from "../components/stock-badge"
import { VariantOptions } from "../components/variant-options"

type Props = { locale: Locale; product: TadamonProduct; requestedVariantId?: string; reviewsPage?: number }

export async function ProductTemplate({ locale, product, requestedVariantId, reviewsPage = 1 }: Props) {
  const t = await getTranslations({ locale, namespace: "products" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  const variants = product.variants ?? []
  const variant = selectVariant(variants, requestedVariantId)
  const productPath = localePath(locale, `/products/${product.handle}`)
  const category = product.categories?.[0]
  const cooperative = product.cooperative
  const seller = sellerOf(cooperative, locale)

  const crumbs: Crumb[] = [{ label: nav("home"), href: localePath(locale) }]
  if (category) {
    crumbs.push({ label: category.name, href: localePath(locale, `/categories/${category.handle}`) })
  }
  crumbs.push({ label: product.title })

  return (
    <article className="product">
      <JsonLd data={withAggregateRating(productJsonLd(await publicOrigin(), locale, product), await getProductAggregate(product.id))} />
      <Breadcrumbs locale={locale} items={crumbs} />
      <div className="product__layout">
        <ProductGallery locale={locale} product={product} />
        <div className="product__info">
          <h1 className="product__title">{product.title}</h1>
          <FavouriteButton locale={locale} kind="product" id={product.id} name={product.title} variant="labelled" returnPath={productPath} />
          {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}
          {variant ? (
            <>
              <ProductPrice locale={locale} variant={variant} />
              <VariantOptions locale={locale} productPath={productPath} variants={variants} selectedId={variant.id} />
              <StockBadge locale={locale} variant={variant} />
              <AddToCart locale={locale} productId={product.id} variant={variant} />
            </>
          ) : null}
          {cooperative ? (
            <section className="product__cooperative" aria-labelledby="product-cooperative-title">
              <h2 id="product-cooperative-title" className="eyebrow">
                {t("cooperativeTitle")}
              </h2>
              <p>
                <Link
                  href={localePath(locale, `/cooperatives/${cooperative.handle}`)}
                  data-testid="product-cooperative-link"
                  className="product__cooperative-link"
                >
                  {cooperative.name}
                </Link>
              </p>
              {cooperative.province ? (
                <p className="card__meta">{provinceName(cooperative.province, locale) ?? cooperative.province}</p>
              ) : null}
            </section>
          ) : null}
          {seller ? <SellerDetails locale={locale} seller={seller} id="product-seller-title" /> : null}
          {product.description ? (
            <section className="product__description" aria-labelledby="product-description-title">
              <h2 id="product-description-title">{t("description")}</h2>
              <Paragraphs text={product.description} />
            </section>
          ) : null}
        </div>
      </div>
      <ProductReviews locale={locale} productId={product.id} productPath={productPath} cooperativeName={cooperative?.name} page={reviewsPage} />
    </article>
  )
}

/** The product's seller when the Store API gave what it is made from (the page's fields ask for it). */
function sellerOf(cooperative: TadamonProduct["cooperative"], locale: Locale) {
  const { legal_registration_number, region, province, commune } = cooperative ?? {}
  if (!cooperative || !legal_registration_number || !region || !province || commune === undefined) {
    return null
  }
  return cooperativeSeller({ ...cooperative, legal_registration_number, region, province, commune }, locale)
}
