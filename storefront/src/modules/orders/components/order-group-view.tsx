import { PAYMENT_PROVIDERS, type StoreCooperativeOrder, type StoreOrderGroup } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getFormatter, getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import { knownOrderStatus } from "@/lib/util/orders"
import { AddressBlock } from "@/modules/addresses/components/address-block"
import { SellerDetails } from "@/modules/cooperatives/components/seller-details"
import { shippingTexts } from "@/modules/checkout/components/shipping-text"

/**
 * What the customer reads of an order's state: the cooperative's progress once it has moved on
 * (accepted, prepared, shipped, delivered, cancelled), Medusa's own status before.
 */
function shownStatus(order: Pick<StoreCooperativeOrder, "status" | "progress">): string {
  const progress = order.progress?.status
  if (!progress || progress === "placed") {
    return order.status
  }
  return progress === "cancelled" ? "canceled" : progress
}

/** The localized name of an order's status, "in progress" for one the storefront does not know yet. */
export async function OrderStatus({ locale, order }: { locale: Locale; order: Pick<StoreCooperativeOrder, "status" | "progress"> }) {
  const t = await getTranslations({ locale, namespace: "orders" })
  const status = shownStatus(order)
  const known = knownOrderStatus(status)
  return (
    <span className={`status status--${known ?? "other"}`} data-testid="parcel-status" data-status={status}>
      {known ? t(`status.${known}`) : t("statusOther")}
    </span>
  )
}

async function Parcel({ locale, order, currencyCode }: { locale: Locale; order: StoreCooperativeOrder; currencyCode: string }) {
  const t = await getTranslations({ locale, namespace: "orders" })
  const texts = await shippingTexts(locale)
  const estimate = order.shipping ? texts.estimate(order.shipping.min_hours, order.shipping.max_hours) : null
  return (
    <section className="parcel-card" data-testid="parcel" data-cooperative={order.cooperative.handle} aria-label={t("parcelFrom", { cooperative: order.cooperative.name })}>
      <div className="parcel-card__header">
        <h3>
          <Link href={localePath(locale, `/cooperatives/${order.cooperative.handle}`)} prefetch={false} data-testid="parcel-cooperative">
            {order.cooperative.name}
          </Link>
        </h3>
        <OrderStatus locale={locale} order={order} />
      </div>
      <p className="card__meta">{t("orderNumber", { number: order.display_id })}</p>
      <ul role="list" className="parcel-card__items">
        {order.items.map((item) => (
          <li key={item.id} data-testid="parcel-item">
            <span>
              {t("lineQuantity", { quantity: item.quantity, title: item.title })}
              {item.variant_title ? <span className="card__meta"> · {item.variant_title}</span> : null}
            </span>
            <span>{formatPrice(item.total, locale, currencyCode)}</span>
          </li>
        ))}
      </ul>
      {order.shipping ? (
        <p className="card__meta" data-testid="parcel-shipping">
          {order.shipping.name} · {texts.price(order.shipping.amount, currencyCode)}
          {estimate ? ` · ${estimate}` : ""}
        </p>
      ) : null}
      {order.progress?.tracking ? (
        <p className="card__meta" data-testid="parcel-tracking">
          <span dir="auto">
            {t("shippedWith", { carrier: order.progress.tracking.carrier, number: order.progress.tracking.tracking_number })}
          </span>
          {order.progress.tracking.tracking_url ? (
            <>
              {" · "}
              <a href={order.progress.tracking.tracking_url} rel="noopener noreferrer nofollow" target="_blank">
                {t("trackParcel")}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {order.progress?.cancel_reason ? (
        <p className="card__meta" data-testid="parcel-cancel-reason" dir="auto">
          {t("cancelledBecause", { reason: order.progress.cancel_reason })}
        </p>
      ) : null}
      <p className="parcel-card__total">
        <span>{t("parcelTotal")}</span> <strong>{formatPrice(order.total, locale, currencyCode)}</strong>
      </p>
      {order.cooperative.seller ? (
        <SellerDetails locale={locale} seller={order.cooperative.seller} id={`seller-${order.id}`} headingLevel={4} />
      ) : null}
    </section>
  )
}

type Props = { locale: Locale; group: StoreOrderGroup; headingLevel?: 1 | 2 }

/** One order group: its reference, one parcel per cooperative, the delivery address and what is owed. */
export async function OrderGroupView({ locale, group, headingLevel = 2 }: Props) {
  const t = await getTranslations({ locale, namespace: "orders" })
  const format = await getFormatter({ locale })
  const cod = group.payment_provider_id === PAYMENT_PROVIDERS.cashOnDelivery
  const Heading = headingLevel === 1 ? "h1" : "h2"
  return (
    <article className="order-group" data-testid="order-group-view">
      <Heading className="order-group__title">
        {t("reference")} <span dir="ltr" data-testid="order-reference">{group.reference}</span>
      </Heading>
      <p className="card__meta">
        {t("placedOn", { date: format.dateTime(new Date(group.created_at), { dateStyle: "long" }) })}
        {" · "}
        {t("parcelCount", { count: group.orders.length })}
      </p>
      <div className="order-group__parcels">
        {group.orders.map((order) => (
          <Parcel key={order.id} locale={locale} order={order} currencyCode={group.currency_code} />
        ))}
      </div>
      <div className="order-group__footer">
        {group.shipping_address ? (
          <section aria-labelledby={`delivery-${group.reference}`}>
            <h3 id={`delivery-${group.reference}`}>{t("deliveryAddress")}</h3>
            <AddressBlock locale={locale} address={group.shipping_address} />
          </section>
        ) : null}
        <dl className="summary__rows">
          <div>
            <dt>{t("total")}</dt>
            <dd data-testid="order-total">{formatPrice(group.total, locale, group.currency_code)}</dd>
          </div>
          <div>
            <dt>{t("paymentMethod")}</dt>
            <dd data-testid="order-payment-method" data-provider={group.payment_provider_id}>
              {cod ? t("paidOnDelivery") : t("paidByCard")}
            </dd>
          </div>
          {cod ? (
            <div className="summary__total">
              <dt>{t("toPayOnDelivery")}</dt>
              <dd data-testid="amount-to-collect">{formatPrice(group.amount_to_collect, locale, group.currency_code)}</dd>
            </div>
          ) : null}
        </dl>
      </div>
      {cod && group.orders.length > 1 ? <p className="card__meta">{t("codPerParcel")}</p> : null}
    </article>
  )
}
