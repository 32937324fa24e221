import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const home = await getTranslations({ locale, namespace: "home" })
  const orders = await getTranslations({ locale, namespace: "orders" })
  const vendor = await getTranslations({ locale, namespace: "vendor" })
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
        <p>
          <Link href={localePath(locale, "/coop")} prefetch={false} className="site-footer__link" data-testid="coop-space-link">
            {vendor("spaceLink")}
          </Link>
        </p>
      </div>
    </footer>
  )
}
