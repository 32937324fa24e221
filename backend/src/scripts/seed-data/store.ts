import { LOCALE_TAGS, PAYMENT_PROVIDERS } from "@tadamon/shared"

/** Store-level settings of the demo: names double as the keys the seed looks records up by. */
export const STORE_NAME = "Tadamon"
/** Title of the sales channel and of its publishable API key. */
export const STOREFRONT_NAME = "Tadamon storefront"
export const STOREFRONT_DESCRIPTION = "The public Tadamon web shop"
export const REGION_NAME = "Maroc"
export const REGION_NAME_EN = "Morocco"
export const COUNTRY_CODE = "ma"
/**
 * The region's payment providers, in order: cash on delivery (the Moroccan default), then cards
 * through Stripe when the backend has Stripe keys (the provider is only registered then).
 */
export const PAYMENT_PROVIDERS_WANTED = [PAYMENT_PROVIDERS.cashOnDelivery, PAYMENT_PROVIDERS.stripe]
export const TAX_PROVIDER = "tp_system"
export const STOCK_LOCATION = {
  name: "Taounate — solidarity store",
  address: { address_1: "Boulevard Mohammed V", city: "Taounate", province: "Taounate", country_code: "MA" },
}

/** Locales of the Translation Module, Arabic first; en-US ships with Medusa. */
export const LOCALES = [
  { code: LOCALE_TAGS.ar, name: "العربية (المغرب)" },
  { code: LOCALE_TAGS.fr, name: "Français (Maroc)" },
  { code: LOCALE_TAGS.en, name: "English (United States)" },
]
