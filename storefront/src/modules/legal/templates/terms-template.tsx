import { TERMS_VERSION } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getMessages, getTranslations } from "next-intl/server"
import { legalSettings } from "@/lib/legal-settings"
import { legalValues } from "../components/legal-values"
import { LegalPageTemplate } from "./legal-page-template"

/** The sections of the terms of sale, in order (their text: `legalTerms.sections`). */
const SECTIONS = [
  "scope",
  "seller",
  "prices",
  "order",
  "delivery",
  "payment",
  "withdrawal",
  "withdrawalHow",
  "refunds",
  "complaints",
  "law",
] as const

/** `/[locale]/legal/terms`: the terms of sale (law 31-08), with the version in force. */
export async function TermsTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "legalTerms" })
  const messages = await getMessages({ locale })
  return (
    <LegalPageTemplate
      locale={locale}
      page="terms"
      title={t("title")}
      lead={t("lead")}
      meta={
        <p className="legal__version" data-testid="terms-version">
          {t.rich("version", { version: TERMS_VERSION, code: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
        </p>
      }
      sections={SECTIONS.map((id) => ({ id, messages: messages.legalTerms.sections[id] }))}
      values={legalValues(locale, legalSettings())}
    />
  )
}
