import type { Locale } from "@tadamon/shared/i18n"
import type { Messages } from "./messages"

// Typed keys: `t("missing.key")` fails `tsc`, on top of test/messages.test.ts.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}
