import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"

/** `/coop` for visitors: what the cooperative space is, how to join, and the way in. */
export async function CoopLandingTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "coop" })
  const steps = [t("landingStep1"), t("landingStep2"), t("landingStep3")]
  const features = [t("landingFeatureProducts"), t("landingFeatureOrders"), t("landingFeatureEarnings"), t("landingFeatureTeam")]
  return (
    <section className="coop-landing" aria-labelledby="coop-landing-title">
      <p className="eyebrow">{t("space")}</p>
      <h1 id="coop-landing-title">{t("landingTitle")}</h1>
      <p className="lead">{t("landingIntro")}</p>
      <p className="coop-actions">
        <Link className="button" href={localePath(locale, "/coop/sign-in")} prefetch={false} data-testid="coop-landing-sign-in">
          {t("signIn")}
        </Link>
        <Link className="button button--ghost" href={localePath(locale, "/coop/apply")} prefetch={false} data-testid="coop-landing-apply">
          {t("apply")}
        </Link>
      </p>
      <div className="coop-landing__columns">
        <section className="coop-panel" aria-labelledby="coop-landing-features">
          <h2 id="coop-landing-features">{t("landingFeaturesTitle")}</h2>
          <ul className="coop-list">
            {features.map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
        </section>
        <section className="coop-panel" aria-labelledby="coop-landing-steps">
          <h2 id="coop-landing-steps">{t("landingStepsTitle")}</h2>
          <ol className="coop-steps">
            {steps.map((step, index) => (
              <li key={step}>
                <span className="coop-steps__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span>{step}</span>
              </li>
            ))}
          </ol>
          <p className="card__meta">{t("landingDocuments")}</p>
        </section>
      </div>
    </section>
  )
}
