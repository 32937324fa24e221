import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { legalSettings } from "@/lib/legal-settings"
import { localePath } from "@/lib/paths"
import { ContactDetails } from "../components/contact-details"
import { legalValues } from "../components/legal-values"
import { LegalPageTemplate } from "./legal-page-template"

/** The sections of the contact page, in order (their text: `contactPage.sections`). */
const SECTIONS = ["reach", "orders", "cooperatives", "complaints", "data"] as const

/** `/[locale]/contact`: Tadamon's email, phone and hours; where order and cooperative questions go. */
export async function ContactTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "contactPage" })
  const messages = await getMessages({ locale })
  const settings = legalSettings()
  const extras: Partial<Record<(typeof SECTIONS)[number], ReactNode>> = {
    reach: <ContactDetails locale={locale} settings={settings} />,
    orders: (
      <p>
        <Link href={localePath(locale, "/order/lookup")} prefetch={false} className="button" data-testid="contact-order-lookup">
          {t("lookupButton")}
        </Link>
      </p>
    ),
  }
  return (
    <LegalPageTemplate
      locale={locale}
      page="contact"
      title={t("title")}
      lead={t("lead")}
      sections={SECTIONS.map((id) => ({ id, messages: messages.contactPage.sections[id], extra: extras[id] }))}
      values={legalValues(locale, settings)}
    />
  )
}
