import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { lowestPrice } from "@/lib/util/prices"
import { CatalogImage } from "@/modules/common/components/catalog-image"
import { FavouriteButton } from "@/modules/favourites/components/favourite-button"
import { ProductRating } from "@/modules/reviews/components/product-rating"
import type { TadamonProduct } from "@/types"

/** Two columns on phones, three on tablets, four from 1024 px in a 1200 px container. */
export const PRODUCT_CARD_SIZES = "(min-width: 1024px) 290px, (min-width: 700px) 33vw, 50vw"

type Props = {
  product: TadamonProduct
  locale: Locale
  priority?: boolean
  /** The title's level: h3 under a section's h2 (the default), h2 in a list that follows the page's h1. */
  heading?: "h2" | "h3"
}

export async function ProductCard({ product, locale, priority = false, heading: Title = "h3" }: Props) {
  const t = await getTranslations({ locale, namespace: "products" })
  const price = lowestPrice(product.variants)
  const formatted = price ? formatPrice(price.amount, locale, price.currencyCode) : null

  return (
    <article className="card product-card" data-testid="product-card">
      <FavouriteButton locale={locale} kind="product" id={product.id} name={product.title} />
      <div className="product-card__media media-box">
        {product.thumbnail ? (
          <CatalogImage src={product.thumbnail} alt="" sizes={PRODUCT_CARD_SIZES} priority={priority} />
        ) : (
          <span className="media-box__empty">{t("noImage")}</span>
        )}
      </div>
      <div className="card__body">
        <Title className="card__title">
          <Link className="card__link" prefetch={false} href={localePath(locale, `/products/${product.handle}`)}>
            {product.title}
          </Link>
        </Title>
        {product.cooperative ? (
          <p className="card__meta">{t("madeBy", { name: product.cooperative.name })}</p>
        ) : null}
        <ProductRating locale={locale} productId={product.id} />
        <p className="product-card__price">
          {formatted ? (price?.varies ? t("from", { price: formatted }) : formatted) : t("priceUnavailable")}
        </p>
      </div>
    </article>
  )
}
