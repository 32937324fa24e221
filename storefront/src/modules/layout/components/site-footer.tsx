import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { LEGAL_PAGE_KEYS, LEGAL_PATHS } from "@/modules/legal/lib/pages"

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const home = await getTranslations({ locale, namespace: "home" })
  const orders = await getTranslations({ locale, namespace: "orders" })
  const vendor = await getTranslations({ locale, namespace: "vendor" })
  const legal = await getTranslations({ locale, namespace: "legal" })
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__slogan">{home("slogan")}</p>
        <p>{t("about")}</p>
        <p>{t("region")}</p>
        <p>
          <Link href={localePath(locale, "/order/lookup")} prefetch={false} className="site-footer__link" data-testid="order-lookup-link">
            {orders("lookupLink")}
          </Link>
        </p>
        <nav aria-label={legal("footerLabel")} className="site-footer__nav" data-testid="footer-legal">
          <ul role="list">
            {LEGAL_PAGE_KEYS.map((key) => (
              <li key={key}>
                <Link href={localePath(locale, LEGAL_PATHS[key])} prefetch={false} className="site-footer__link" data-testid={`footer-link-${key}`}>
                  {legal(`links.${key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          <Link href={localePath(locale, "/coop")} prefetch={false} className="site-footer__link" data-testid="coop-space-link">
            {vendor("spaceLink")}
          </Link>
        </p>
      </div>
    </footer>
  )
}
