import { PAYMENT_PROVIDERS, type StoreOrderGroup } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { isolate } from "@/lib/util/text"
import { OrderGroupView } from "../components/order-group-view"

/** After "place order": thanks, the group and its parcels, and what happens next. */
export async function ConfirmationTemplate({ locale, group }: { locale: Locale; group: StoreOrderGroup }) {
  const t = await getTranslations({ locale, namespace: "orders" })
  const cod = group.payment_provider_id === PAYMENT_PROVIDERS.cashOnDelivery
  return (
    <div className="confirmation" data-testid="order-confirmation">
      <p className="eyebrow">{t("confirmedEyebrow")}</p>
      <p className="lead">{t("confirmedText", { email: isolate(group.email) })}</p>
      <OrderGroupView locale={locale} group={group} headingLevel={1} />
      <section className="next-steps" aria-labelledby="next-steps-title">
        <h2 id="next-steps-title">{t("nextTitle")}</h2>
        <ol className="next-steps__list">
          <li>{t("nextPrepare", { count: group.orders.length })}</li>
          <li>{t("nextCall")}</li>
          <li>{cod ? t("nextPayCod") : t("nextDelivered")}</li>
        </ol>
        <p>
          {t("nextKeepReference")}{" "}
          <Link href={localePath(locale, "/order/lookup")} prefetch={false}>
            {t("lookupLink")}
          </Link>
        </p>
      </section>
    </div>
  )
}

/** The confirmation of an order this visitor may not see (another browser, or the hour has passed). */
export async function ConfirmationUnavailable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "orders" })
  return (
    <section className="not-found" data-testid="order-unavailable">
      <h1>{t("unavailableTitle")}</h1>
      <p>{t("unavailableText")}</p>
      <Link className="button" href={localePath(locale, "/order/lookup")} prefetch={false}>
        {t("lookupLink")}
      </Link>
    </section>
  )
}
