import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import { getTranslations } from "next-intl/server"

/** "Free" or the price of a shipping option, and its delivery estimate ("24–72 h"). */
export async function shippingTexts(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  return {
    price: (amount: number, currencyCode: string) => (amount === 0 ? t("free") : formatPrice(amount, locale, currencyCode)),
    estimate: (min: number | null, max: number | null) =>
      min !== null && max !== null ? t("estimate", { min, max }) : null,
  }
}
