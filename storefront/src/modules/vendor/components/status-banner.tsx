import type { VendorMeResponse } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"

/**
 * What the cooperative's status means for the portal: pending, the organizers are reviewing the
 * application (the shop can be prepared, nothing is on sale); suspended or rejected (application
 * refused), everything is read-only.
 */
export async function StatusBanner({ locale, cooperative }: { locale: Locale; cooperative: VendorMeResponse["cooperative"] }) {
  if (cooperative.status === "approved") {
    return null
  }
  const t = await getTranslations({ locale, namespace: "vendor" })
  const title = { pending: "pendingTitle", suspended: "suspendedTitle", rejected: "rejectedTitle" } as const
  const text = { pending: "pendingText", suspended: "suspendedText", rejected: "rejectedText" } as const
  return (
    <section
      className={`vendor-banner vendor-banner--${cooperative.status}`}
      role="status"
      aria-labelledby="vendor-banner-title"
      data-testid="coop-status-banner"
      data-status={cooperative.status}
    >
      <h2 id="vendor-banner-title" className="vendor-banner__title">
        {t(title[cooperative.status])}
      </h2>
      <p>{t(text[cooperative.status])}</p>
      {cooperative.status_reason ? (
        <p data-testid="coop-status-reason">
          <strong>{t("reason")}</strong> <span dir="auto">{cooperative.status_reason}</span>
        </p>
      ) : null}
    </section>
  )
}
