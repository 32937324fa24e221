import type { Locale } from "@tadamon/shared/i18n"
import type account from "./ar/account.json"
import type catalog from "./ar/catalog.json"
import type checkout from "./ar/checkout.json"
import type vendor from "./ar/vendor.json"
import type markets from "./ar/markets.json"
import type search from "./ar/search.json"
import type legal from "./ar/legal.json"
import type reviews from "./ar/reviews.json"
import type favourites from "./ar/favourites.json"

/**
 * The message catalogs, one folder per locale and one file per area (catalog, checkout, account…)
 * so that areas grow without touching each other. Every folder holds the same files and keys;
 * test/messages.test.ts checks it. A file's top-level keys are next-intl namespaces, unique across files.
 */
export const MESSAGE_FILES = ["catalog", "checkout", "account", "vendor", "markets", "search", "legal", "reviews", "favourites"] as const

export async function loadMessages(locale: Locale) {
  const parts = await Promise.all(
    MESSAGE_FILES.map((file) => import(`./${locale}/${file}.json`) as Promise<{ default: Record<string, unknown> }>)
  )
  return Object.assign({}, ...parts.map((part) => part.default)) as Messages
}

export type Messages = typeof catalog & typeof checkout & typeof account & typeof vendor & typeof markets & typeof search & typeof legal & typeof reviews & typeof favourites
