import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import { getTranslations } from "next-intl/server"
import { variantPrice } from "@/lib/util/prices"

export async function ProductPrice({ locale, variant }: { locale: Locale; variant: HttpTypes.StoreProductVariant }) {
  const t = await getTranslations({ locale, namespace: "products" })
  const price = variantPrice(variant)
  return (
    <p className="product-price">
      <span className="visually-hidden">{t("price")}</span>
      <span data-testid="product-price" className="product-price__amount">
        {price ? formatPrice(price.amount, locale, price.currencyCode) : t("priceUnavailable")}
      </span>
      {price?.originalAmount ? (
        <s className="product-price__original">
          {t("originalPrice", { price: formatPrice(price.originalAmount, locale, price.currencyCode) })}
        </s>
      ) : null}
    </p>
  )
}
