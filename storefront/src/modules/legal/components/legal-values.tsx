import { TERMS_VERSION, WITHDRAWAL_DAYS } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import type { RichTagsFunction, RichTranslationValues } from "next-intl"
import type { LegalSettings } from "@/lib/legal-settings"
import { localePath } from "@/lib/paths"
import { LEGAL_PATHS, ORDER_RETENTION_YEARS, REFUND_DAYS } from "../lib/pages"

export type LegalValues = RichTranslationValues

/**
 * What the legal pages' messages may use, the same for every page and language: the figures
 * (`{days}`, `{refundDays}`, `{retentionYears}`, `{version}`), the contact settings (`{email}`,
 * `{phone}`), and rich-text tags: `<mail>` and `<tel>` link to them, `<lookup>`, `<account>`,
 * `<cooperatives>`, `<terms>`, `<privacy>`, `<contact>` link to those pages, `<strong>` stresses.
 */
export function legalValues(locale: Locale, settings: LegalSettings): LegalValues {
  const page =
    (path: string): RichTagsFunction =>
    (chunks) => (
      <Link href={localePath(locale, path)} prefetch={false}>
        {chunks}
      </Link>
    )
  return {
    days: WITHDRAWAL_DAYS,
    refundDays: REFUND_DAYS,
    retentionYears: ORDER_RETENTION_YEARS,
    version: TERMS_VERSION,
    email: settings.contactEmail,
    phone: settings.contactPhone.display,
    mail: (chunks) => (
      <a href={`mailto:${settings.contactEmail}`} dir="ltr">
        {chunks}
      </a>
    ),
    tel: (chunks) => (
      <a href={`tel:${settings.contactPhone.href}`} dir="ltr">
        {chunks}
      </a>
    ),
    lookup: page("/order/lookup"),
    account: page("/account/orders"),
    cooperatives: page("/cooperatives"),
    terms: page(LEGAL_PATHS.terms),
    privacy: page(LEGAL_PATHS.privacy),
    contact: page(LEGAL_PATHS.contact),
    strong: (chunks) => <strong>{chunks}</strong>,
  }
}
