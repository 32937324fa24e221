import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { SearchBox } from "@/modules/search/components/search-box"
import { BrandMark } from "./brand-mark"
import { HeaderActions } from "./header-actions"
import { LanguageSwitch } from "./language-switch"

function MenuIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M4 7h16M4 12h16M4 17h16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

/**
 * One compact row on a phone: the brand, the search box, account, cart and a menu (a native
 * disclosure, no script) holding the navigation and the languages. On a wide screen the menu's
 * content shows in the row itself where the browser can style a disclosure's content
 * (`::details-content`); elsewhere it stays a menu button.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  const markets = await getTranslations({ locale, namespace: "markets" })
  const search = await getTranslations({ locale, namespace: "search" })
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
        <SearchBox locale={locale} />
        <HeaderActions locale={locale} />
        <details className="site-menu" data-testid="site-menu">
          <summary className="site-menu__toggle" aria-label={search("menu")} data-testid="site-menu-toggle">
            <MenuIcon />
          </summary>
          <div className="site-menu__panel">
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
            <LanguageSwitch locale={locale} />
          </div>
        </details>
      </div>
    </header>
  )
}
