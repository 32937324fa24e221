import type { Locale } from "@tadamon/shared"

/**
 * The message catalogs, one folder per locale and one file per area (catalog, checkout, account…)
 * so that areas grow without touching each other. Every folder holds the same files and keys;
 * test/messages.test.ts checks it. A file's top-level keys are next-intl namespaces, unique across files.
 */
export const MESSAGE_FILES = ["catalog", "checkout", "account", "coop", "markets"] as const

export async function loadMessages(locale: Locale) {
  const parts = await Promise.all(MESSAGE_FILES.map((file) => import(`./${locale}/${file}.json`)))
  return Object.assign({}, ...parts.map((part) => part.default)) as Messages
}

export type Messages = typeof import("./ar/catalog.json") &
  typeof import("./ar/checkout.json") &
  typeof import("./ar/account.json") &
  typeof import("./ar/coop.json") &
  typeof import("./ar/markets.json")
