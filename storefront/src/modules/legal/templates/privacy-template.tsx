import type { Locale } from "@tadamon/shared/i18n"
import { getMessages, getTranslations } from "next-intl/server"
import { legalSettings } from "@/lib/legal-settings"
import { legalValues } from "../components/legal-values"
import { LegalPageTemplate } from "./legal-page-template"

/** The sections of the privacy notice, in order (their text: `legalPrivacy.sections`). */
const SECTIONS = ["controller", "collected", "purposes", "recipients", "storage", "retention", "rights", "cndp", "cookies"] as const

/** `/[locale]/legal/privacy`: the privacy notice (law 09-08), with the CNDP declaration's reference. */
export async function PrivacyTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "legalPrivacy" })
  const messages = await getMessages({ locale })
  const settings = legalSettings()
  const cndp = (
    <p className="legal__setting" data-testid="cndp-reference">
      {settings.cndpReference
        ? t.rich("cndpReference", { reference: settings.cndpReference, code: (chunks) => <bdi dir="ltr">{chunks}</bdi> })
        : t("cndpPending")}
    </p>
  )
  return (
    <LegalPageTemplate
      locale={locale}
      page="privacy"
      title={t("title")}
      lead={t("lead")}
      sections={SECTIONS.map((id) => ({ id, messages: messages.legalPrivacy.sections[id], extra: id === "cndp" ? cndp : undefined }))}
      values={legalValues(locale, settings)}
    />
  )
}
