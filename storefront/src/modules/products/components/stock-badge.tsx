import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { stockState } from "@/lib/util/stock"

export async function StockBadge({ locale, variant }: { locale: Locale; variant: HttpTypes.StoreProductVariant }) {
  const t = await getTranslations({ locale, namespace: "products" })
  const state = stockState(variant)
  const text =
    state.status === "in_stock"
      ? t("inStock")
      : state.status === "low_stock"
        ? t("lowStock", { count: state.quantity })
        : t("outOfStock")
  return (
    <p className={`stock stock--${state.status}`} data-testid="stock-state" data-status={state.status}>
      {text}
    </p>
  )
}
