import { LOCALE_TAGS, type Locale } from "./locales"

export const CURRENCY_CODE = "mad"

/**
 * Formats an amount in major units (Medusa keeps MAD in dirhams, not centimes) for a locale:
 * "120,00 MAD" in French, "MAD 120.00" in English, "120,00 د.م.‏" in Arabic.
 */
export function formatPrice(amount: number, locale: Locale, currencyCode: string = CURRENCY_CODE): string {
  return new Intl.NumberFormat(`${LOCALE_TAGS[locale]}-u-nu-latn`, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount)
}
