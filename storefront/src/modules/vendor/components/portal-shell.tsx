import type { VendorMeResponse } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { signOutMember } from "@/lib/actions/vendor-auth"
import { localePath } from "@/lib/paths"
import { NavLinks } from "./nav-links"
import { StatusBanner } from "./status-banner"

/** Every signed-in page: the cooperative's name, the sections, sign out, and the status banner. */
export async function PortalShell({ locale, me, children }: { locale: Locale; me: VendorMeResponse; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "vendor" })
  const reviews = await getTranslations({ locale, namespace: "vendorReviews" })
  const owner = me.member.role === "owner"
  const links = [
    { id: "dashboard", href: localePath(locale, "/coop/dashboard"), label: t("navDashboard") },
    { id: "products", href: localePath(locale, "/coop/products"), label: t("navProducts") },
    { id: "orders", href: localePath(locale, "/coop/orders"), label: t("navOrders") },
    { id: "earnings", href: localePath(locale, "/coop/earnings"), label: t("navEarnings") },
    { id: "reviews", href: localePath(locale, "/coop/reviews"), label: reviews("nav") },
    ...(owner ? [{ id: "members", href: localePath(locale, "/coop/members"), label: t("navMembers") }] : []),
    { id: "documents", href: localePath(locale, "/coop/documents"), label: t("navDocuments") },
  ]
  return (
    <div className="vendor-portal">
      <div className="vendor-portal__bar">
        <p className="vendor-portal__who">
          <span className="vendor-portal__name" data-testid="coop-name">
            {me.cooperative.name}
          </span>
          <span className="card__meta">
            {" · "}
            <span dir="auto">{me.member.first_name}</span>
            {" · "}
            {owner ? t("roleOwner") : t("roleMember")}
          </span>
        </p>
        <form action={signOutMember}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button-link" data-testid="coop-sign-out">
            {t("signOut")}
          </button>
        </form>
      </div>
      <nav className="vendor-nav" aria-label={t("navLabel")}>
        <NavLinks links={links} />
      </nav>
      <StatusBanner locale={locale} cooperative={me.cooperative} />
      {children}
    </div>
  )
}
