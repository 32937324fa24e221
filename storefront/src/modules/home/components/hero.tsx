import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"

/** "The market continues online": text only, so the largest paint needs no image. */
export async function Hero({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "home" })
  return (
    <section className="hero" aria-labelledby="hero-title">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 id="hero-title" className="hero__title">
        {t("title")}
      </h1>
      <p className="hero__text">{t("text")}</p>
      <figure className="hero__slogan">
        <blockquote>
          <p>{t("slogan")}</p>
        </blockquote>
        <figcaption>{t("sloganLabel")}</figcaption>
      </figure>
      <div className="hero__actions">
        <Link className="button" href={localePath(locale, "/categories")}>
          {t("shopProducts")}
        </Link>
        <Link className="button button--ghost" href={localePath(locale, "/cooperatives")}>
          {t("meetCooperatives")}
        </Link>
      </div>
    </section>
  )
}
