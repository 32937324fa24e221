import { direction } from "@tadamon/shared/i18n"
import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"
import "../globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Every page renders at request time: nothing reads the backend during `next build`. Catalog reads
 * stay cached in Next's data cache through their own `next.revalidate` and tags (lib/data).
 */
export const revalidate = 0

export const viewport: Viewport = {
  themeColor: "#9a4526",
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    title: { template: t("titleTemplate"), default: t("siteName") },
    description: t("description"),
    applicationName: t("siteName"),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "nav" })

  return (
    <html lang={locale} dir={direction(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
