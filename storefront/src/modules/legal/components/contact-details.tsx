import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import type { LegalSettings } from "@/lib/legal-settings"

/** Tadamon's email, phone and opening hours, as links a phone can follow. */
export async function ContactDetails({ locale, settings }: { locale: Locale; settings: LegalSettings }) {
  const t = await getTranslations({ locale, namespace: "legal" })
  return (
    <dl className="legal__facts" data-testid="contact-details">
      <div>
        <dt>{t("contact.email")}</dt>
        <dd>
          <a href={`mailto:${settings.contactEmail}`} dir="ltr" data-testid="contact-email">
            {settings.contactEmail}
          </a>
        </dd>
      </div>
      <div>
        <dt>{t("contact.phone")}</dt>
        <dd>
          <a href={`tel:${settings.contactPhone.href}`} dir="ltr" data-testid="contact-phone">
            {settings.contactPhone.display}
          </a>
        </dd>
      </div>
      <div>
        <dt>{t("contact.hours")}</dt>
        <dd data-testid="contact-hours">{t("contact.hoursValue")}</dd>
      </div>
    </dl>
  )
}
