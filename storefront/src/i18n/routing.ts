import { DEFAULT_LOCALE, LOCALES } from "@tadamon/shared/i18n"
import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // `/` always goes to Arabic, the marketplace's default language; people switch with the header links.
  localeDetection: false,
  localeCookie: false,
})
