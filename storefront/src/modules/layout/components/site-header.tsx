import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { BrandMark } from "./brand-mark"
import { HeaderActions } from "./header-actions"
import { LanguageSwitch } from "./language-switch"

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  const markets = await getTranslations({ locale, namespace: "markets" })
  const links = [
    { href: localePath(locale), label: t("home"), testId: "nav-home" },
    { href: localePath(locale, "/categories"), label: t("categories"), testId: "nav-categories" },
    { href: localePath(locale, "/cooperatives"), label: t("cooperatives"), testId: "nav-cooperatives" },
    { href: localePath(locale, "/markets"), label: markets("navLink"), testId: "nav-markets" },
  ]

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={localePath(locale)} prefetch={false} className="brand" aria-label={t("homeLink")}>
          <BrandMark />
          <span className="brand__name">{meta("siteName")}</span>
        </Link>
        <HeaderActions locale={locale} />
        <LanguageSwitch locale={locale} />
        <nav className="main-nav" aria-label={t("label")}>
          <ul>
            {links.map((link) => (
              <li key={link.testId}>
                <Link href={link.href} prefetch={false} data-testid={link.testId}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
