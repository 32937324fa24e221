import { LOCALES, type Locale } from "@tadamon/shared"
import { headers } from "next/headers"
import { getTranslations } from "next-intl/server"
import { CURRENT_URL_HEADER } from "@/lib/current-url"
import { localePath, switchLocalePath } from "@/lib/paths"

/**
 * Plain links to the current page (path and query) in each language: no JavaScript. The current
 * URL comes from the header `proxy.ts` sets on every request.
 */
export async function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "languageSwitch" })
  const current = (await headers()).get(CURRENT_URL_HEADER) ?? localePath(locale)

  return (
    <nav className="lang-switch" aria-label={t("label")} data-testid="lang-switch">
      <ul>
        {LOCALES.map((target) => (
          <li key={target}>
            <a
              href={switchLocalePath(current, target)}
              hrefLang={target}
              lang={target}
              aria-current={target === locale ? "true" : undefined}
            >
              {t(target)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
