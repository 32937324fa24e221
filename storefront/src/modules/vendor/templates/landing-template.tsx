import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"

/** `/coop` for visitors: what the cooperative space is, how to join, and the way in. */
export async function VendorLandingTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "vendor" })
  const steps = [t("landingStep1"), t("landingStep2"), t("landingStep3")]
  const features = [t("landingFeatureProducts"), t("landingFeatureOrders"), t("landingFeatureEarnings"), t("landingFeatureTeam")]
  return (
    <section className="vendor-landing" aria-labelledby="vendor-landing-title">
      <p className="eyebrow">{t("space")}</p>
      <h1 id="vendor-landing-title">{t("landingTitle")}</h1>
      <p className="lead">{t("landingIntro")}</p>
      <p className="vendor-actions">
        <Link className="button" href={localePath(locale, "/coop/sign-in")} prefetch={false} data-testid="coop-landing-sign-in">
          {t("signIn")}
        </Link>
        <Link className="button button--ghost" href={localePath(locale, "/coop/apply")} prefetch={false} data-testid="coop-landing-apply">
          {t("apply")}
        </Link>
      </p>
      <div className="vendor-landing__columns">
        <section className="vendor-panel" aria-labelledby="vendor-landing-features">
          <h2 id="vendor-landing-features">{t("landingFeaturesTitle")}</h2>
          <ul className="vendor-list">
            {features.map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
        </section>
        <section className="vendor-panel" aria-labelledby="vendor-landing-steps">
          <h2 id="vendor-landing-steps">{t("landingStepsTitle")}</h2>
          <ol className="vendor-steps">
            {steps.map((step, index) => (
              <li key={step}>
                <span className="vendor-steps__number" aria-hidden="true">
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
