import { DEFAULT_LOCALE, direction } from "@tadamon/shared/i18n"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { NotFoundContent } from "@/modules/common/components/not-found-content"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "notFound" })
  return { title: t("metaTitle") }
}

/** Unmatched URLs outside a locale (and unknown locales) get the 404 in the default language. */
export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LOCALE} dir={direction(DEFAULT_LOCALE)}>
      <body>
        <main id="main" className="container">
          <NotFoundContent locale={DEFAULT_LOCALE} />
        </main>
      </body>
    </html>
  )
}
