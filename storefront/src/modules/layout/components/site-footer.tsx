import type { Locale } from "@tadamon/shared"
import { getTranslations } from "next-intl/server"

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const home = await getTranslations({ locale, namespace: "home" })
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__slogan">{home("slogan")}</p>
        <p>{t("about")}</p>
        <p>{t("region")}</p>
      </div>
    </footer>
  )
}
