import type { Locale } from "@tadamon/shared/i18n"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { legalSettings } from "@/lib/legal-settings"
import { ContactDetails } from "../components/contact-details"
import { legalValues } from "../components/legal-values"
import { LegalPageTemplate } from "./legal-page-template"

/** The sections of the legal notice, in order (their text: `legalNotice.sections`). */
const SECTIONS = ["publisher", "director", "host", "contact", "sellers", "content", "data"] as const

/** `/[locale]/legal/notice`: who publishes Tadamon, who directs the publication, who hosts it, how to reach them. */
export async function NoticeTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "legalNotice" })
  const messages = await getMessages({ locale })
  const settings = legalSettings()
  const extras: Partial<Record<(typeof SECTIONS)[number], ReactNode>> = {
    director: (
      <p className="legal__setting" data-testid="notice-director">
        {settings.publicationDirector ?? t("directorDefault")}
      </p>
    ),
    host: (
      <p className="legal__setting" data-testid="notice-host">
        {settings.hostName ?? t("hostDefault")}
      </p>
    ),
    contact: <ContactDetails locale={locale} settings={settings} />,
  }
  return (
    <LegalPageTemplate
      locale={locale}
      page="notice"
      title={t("title")}
      lead={t("lead")}
      sections={SECTIONS.map((id) => ({ id, messages: messages.legalNotice.sections[id], extra: extras[id] }))}
      values={legalValues(locale, settings)}
    />
  )
}
