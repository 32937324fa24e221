import type { Locale } from "@tadamon/shared"
import { getTranslations } from "next-intl/server"
import type { VendorMeResponse } from "@/lib/data/vendor-types"

/**
 * What the cooperative's status means for the portal: pending, the organizers are reviewing the
 * application (the shop can be prepared, nothing is on sale); suspended, everything is read-only.
 */
export async function StatusBanner({ locale, cooperative }: { locale: Locale; cooperative: VendorMeResponse["cooperative"] }) {
  if (cooperative.status === "approved") {
    return null
  }
  const t = await getTranslations({ locale, namespace: "coop" })
  const pending = cooperative.status === "pending"
  return (
    <section
      className={`coop-banner coop-banner--${cooperative.status}`}
      role="status"
      aria-labelledby="coop-banner-title"
      data-testid="coop-status-banner"
      data-status={cooperative.status}
    >
      <h2 id="coop-banner-title" className="coop-banner__title">
        {pending ? t("pendingTitle") : t("suspendedTitle")}
      </h2>
      <p>{pending ? t("pendingText") : t("suspendedText")}</p>
      {cooperative.status_reason ? (
        <p data-testid="coop-status-reason">
          <strong>{t("reason")}</strong> <span dir="auto">{cooperative.status_reason}</span>
        </p>
      ) : null}
    </section>
  )
}
