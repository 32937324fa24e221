import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { signOut } from "@/lib/actions/account"
import { localePath } from "@/lib/paths"

type Section = "overview" | "orders" | "addresses" | "favourites"

/** The account's sections and "sign out" (a plain form: no script needed). */
export async function AccountNav({ locale, current }: { locale: Locale; current: Section }) {
  const t = await getTranslations({ locale, namespace: "account" })
  const favourites = await getTranslations({ locale, namespace: "favourites" })
  const links: { section: Section; href: string; label: string }[] = [
    { section: "overview", href: localePath(locale, "/account"), label: t("overview") },
    { section: "orders", href: localePath(locale, "/account/orders"), label: t("orders") },
    { section: "addresses", href: localePath(locale, "/account/addresses"), label: t("addresses") },
    { section: "favourites", href: localePath(locale, "/account/favourites"), label: favourites("navLabel") },
  ]
  return (
    <nav className="account-nav" aria-label={t("navLabel")}>
      <ul role="list">
        {links.map((link) => (
          <li key={link.section}>
            <Link
              href={link.href}
              prefetch={false}
              className="chip"
              aria-current={link.section === current ? "page" : undefined}
              data-testid={`account-nav-${link.section}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
        <li>
          <form action={signOut}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button-link" data-testid="sign-out">
              {t("signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
