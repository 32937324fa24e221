import { LOCALES, type Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { LanguageLinks } from "./language-links"

/** The language switch: keeps the current page (path and query) in the other languages. */
export async function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "languageSwitch" })
  const languages = LOCALES.map((target) => ({ locale: target, name: t(target) }))

  return (
    <nav className="lang-switch" aria-label={t("label")} data-testid="lang-switch">
      <LanguageLinks current={locale} languages={languages} />
    </nav>
  )
}
