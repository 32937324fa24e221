import type { VendorOrder, VendorOrderAction } from "@tadamon/shared/contracts/vendor"
import { formatMoroccanPhone, provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getFormatter, getTranslations } from "next-intl/server"
import { cancelOrder, runOrderAction, shipOrder } from "@/lib/actions/vendor-orders"
import { localePath } from "@/lib/paths"
import { joinParts } from "@/lib/util/text"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { CatalogImage } from "@/modules/common/components/catalog-image"
import { TextField } from "@/modules/common/components/form-fields"
import { TextAreaField } from "../components/fields"
import { PaymentChip, ProgressChip } from "../components/order-chips"

type Props = { locale: Locale; order: VendorOrder; readOnly: boolean }

async function SimpleAction({ locale, order, action, primary }: { locale: Locale; order: VendorOrder; action: Exclude<VendorOrderAction, "ship" | "cancel">; primary: boolean }) {
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  const amount = formatPrice(order.payment.amount_to_collect, locale, order.currency_code)
  return (
    <ActionForm action={runOrderAction} className="order-action" testId={`order-action-${action}-form`}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={order.id} />
      <input type="hidden" name="action" value={action} />
      <SubmitButton className={primary ? "button" : "button button--ghost"} testId={`order-action-${action}`} pendingLabel={t("working")}>
        {action !== "cash-collected"
          ? t(`action.${action}`)
          : order.payment.cash_holder === "cooperative"
            ? t("action.cashCollectedAmount", { amount })
            : t("action.cashClaimAmount", { amount })}
      </SubmitButton>
      <FormMessage testId={`order-action-${action}-message`} />
    </ActionForm>
  )
}

async function ShipForm({ locale, order }: { locale: Locale; order: VendorOrder }) {
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  return (
    <ActionForm action={shipOrder} className="form order-action order-action--form" testId="order-ship-form" aria-labelledby="ship-title">
      <h3 id="ship-title">{t("shipTitle")}</h3>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={order.id} />
      <TextField idPrefix="ship-" name="carrier" label={t("carrier")} hint={t("carrierHint")} required maxLength={100} dir="auto" />
      <TextField idPrefix="ship-" name="tracking_number" label={t("trackingNumber")} required maxLength={100} dir="ltr" />
      <TextField idPrefix="ship-" name="tracking_url" type="url" label={t("trackingUrl")} optionalLabel={t("optional")} dir="ltr" inputMode="text" />
      <FormMessage testId="order-ship-message" />
      <SubmitButton testId="order-action-ship" pendingLabel={t("working")}>
        {t("action.ship")}
      </SubmitButton>
    </ActionForm>
  )
}

async function CancelForm({ locale, order }: { locale: Locale; order: VendorOrder }) {
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  return (
    <details className="vendor-more">
      <summary data-testid="order-cancel-open">{t("cancelTitle")}</summary>
      <ActionForm action={cancelOrder} className="form order-action--form" testId="order-cancel-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="order_id" value={order.id} />
        <p className="field__hint">{t("cancelHint")}</p>
        <TextAreaField idPrefix="cancel-" name="reason" label={t("cancelReason")} rows={3} maxLength={500} />
        <FormMessage testId="order-cancel-message" />
        <SubmitButton className="button button--danger" testId="order-action-cancel" pendingLabel={t("working")}>
          {t("action.cancel")}
        </SubmitButton>
      </ActionForm>
    </details>
  )
}

/** `/coop/orders/[id]`: who to deliver to, what, the money to collect, and the next step. */
export async function OrderTemplate({ locale, order, readOnly }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  const format = await getFormatter({ locale })
  const date = (value: string) => format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" })
  const money = (amount: number) => formatPrice(amount, locale, order.currency_code)
  const actions = readOnly ? [] : order.available_actions
  const simple = actions.filter((action): action is Exclude<VendorOrderAction, "ship" | "cancel"> => action !== "ship" && action !== "cancel")
  const address = order.shipping_address
  const cod = order.payment.method === "cash_on_delivery"
  const tracking = order.progress.tracking

  return (
    <article className="vendor-page vendor-order-detail" aria-labelledby="order-title" data-testid="coop-order-detail" data-order-id={order.id}>
      <p>
        <Link href={localePath(locale, "/coop/orders")} prefetch={false}>
          {t("backToOrders")}
        </Link>
      </p>
      {/* `coop-page__header` carries no style: tests/e2e/pages/coop.ts finds the progress chip under it. */}
      <div className="vendor-page__header coop-page__header">
        <h1 id="order-title">{t("orderNumber", { number: order.display_id })}</h1>
        <ProgressChip locale={locale} status={order.progress.status} />
      </div>
      <p className="card__meta">
        {t("placedOn", { date: date(order.created_at) })}
        {order.order_group_reference ? (
          <>
            {" · "}
            {t("reference")}{" "}
            <span dir="ltr" className="vendor-nowrap" data-testid="order-reference">
              {order.order_group_reference}
            </span>
          </>
        ) : null}
      </p>

      <section className="vendor-panel vendor-next" aria-labelledby="next-title" data-testid="order-next">
        <h2 id="next-title">{t("nextTitle")}</h2>
        {actions.length === 0 ? <p className="card__meta">{readOnly ? t("readOnly") : t(`nothingToDo.${order.progress.status}`)}</p> : null}
        <div className="order-actions">
          {simple.map((action, index) => (
            <SimpleAction key={action} locale={locale} order={order} action={action} primary={index === 0} />
          ))}
        </div>
        {actions.includes("ship") ? <ShipForm locale={locale} order={order} /> : null}
        {actions.includes("cancel") ? <CancelForm locale={locale} order={order} /> : null}
      </section>

      {cod ? (
        <p className="vendor-collect" data-testid="order-amount-to-collect" data-amount={order.payment.amount_to_collect}>
          <span>{t("amountToCollect")}</span> <strong>{money(order.payment.amount_to_collect)}</strong>
        </p>
      ) : null}
      {cod && order.payment.cash_holder ? (
        <p className="card__meta" data-testid="order-cash-holder" data-holder={order.payment.cash_holder}>
          {t(`cashHolder.${order.payment.cash_holder}`)}
        </p>
      ) : null}

      <div className="vendor-columns">
        <section className="vendor-panel" aria-labelledby="customer-title">
          <h2 id="customer-title">{t("customerTitle")}</h2>
          {address ? (
            <address className="address-block" data-testid="order-address">
              <span className="address-block__name" dir="auto">
                {[address.first_name, address.last_name].filter(Boolean).join(" ") || order.customer_name}
              </span>
              {address.phone ? (
                <a href={`tel:${address.phone}`} dir="ltr" data-testid="order-phone">
                  {formatMoroccanPhone(address.phone)}
                </a>
              ) : null}
              <span dir="auto">{address.address_1}</span>
              {address.address_2 ? <span dir="auto">{address.address_2}</span> : null}
              <span>
                {joinParts([address.postal_code, address.city], locale)}
                {address.province ? ` · ${provinceName(address.province, locale) ?? address.province}` : ""}
              </span>
            </address>
          ) : (
            <p dir="auto">{order.customer_name}</p>
          )}
        </section>

        <section className="vendor-panel" aria-labelledby="delivery-title">
          <h2 id="delivery-title">{t("deliveryTitle")}</h2>
          {order.shipping_method ? (
            <p data-testid="order-shipping">
              {order.shipping_method.name} · {money(order.shipping_method.amount)}
            </p>
          ) : null}
          {tracking ? (
            <p data-testid="order-tracking">
              {t("trackingShown", { carrier: tracking.carrier })}{" "}
              {tracking.tracking_url ? (
                <a href={tracking.tracking_url} rel="noreferrer noopener" target="_blank" dir="ltr">
                  {tracking.tracking_number}
                </a>
              ) : (
                <span dir="ltr">{tracking.tracking_number}</span>
              )}
            </p>
          ) : null}
          {order.progress.cancel_reason ? (
            <p className="vendor-note vendor-note--error" data-testid="order-cancel-reason">
              <strong>{t("cancelledBecause")}</strong> <span dir="auto">{order.progress.cancel_reason}</span>
            </p>
          ) : null}
          <p>
            <PaymentChip locale={locale} method={order.payment.method} status={order.payment.status} />
          </p>
        </section>
      </div>

      <section className="vendor-panel" aria-labelledby="lines-title">
        <h2 id="lines-title">{t("linesTitle")}</h2>
        <ul role="list" className="order-lines">
          {order.items.map((item) => (
            <li key={item.id} className="order-line" data-testid="order-line">
              <div className="media-box order-line__media">
                {item.thumbnail ? <CatalogImage src={item.thumbnail} alt="" sizes="3.5rem" /> : null}
              </div>
              <div>
                <p className="order-line__title" dir="auto">
                  {item.title}
                </p>
                <p className="card__meta">
                  {item.variant_title ? (
                    <>
                      <span dir="auto">{item.variant_title}</span>
                      {" · "}
                    </>
                  ) : null}
                  {t("lineQuantity", { quantity: item.quantity, price: money(item.unit_price) })}
                </p>
              </div>
              <strong className="order-line__total">{money(item.total)}</strong>
            </li>
          ))}
        </ul>
        <dl className="summary__rows">
          <div>
            <dt>{t("itemTotal")}</dt>
            <dd>{money(order.item_total)}</dd>
          </div>
          <div>
            <dt>{t("shippingTotal")}</dt>
            <dd>{money(order.shipping_total)}</dd>
          </div>
          <div className="summary__total">
            <dt>{t("total")}</dt>
            <dd data-testid="order-total">{money(order.total)}</dd>
          </div>
        </dl>
      </section>

      <section className="vendor-panel" aria-labelledby="history-title">
        <h2 id="history-title">{t("historyTitle")}</h2>
        <ol className="order-history" data-testid="order-history">
          {order.progress.history.map((entry, index) => (
            <li key={`${entry.event}-${index}`} data-event={entry.event}>
              <strong>{t(`event.${entry.event}`)}</strong>
              <span className="card__meta">
                {" · "}
                {date(entry.at)}
                {entry.actor.name ? (
                  <>
                    {" · "}
                    <span dir="auto">{entry.actor.name}</span>
                  </>
                ) : null}
              </span>
              {entry.tracking ? (
                <span className="card__meta">
                  {" · "}
                  {entry.tracking.carrier} <span dir="ltr">{entry.tracking.tracking_number}</span>
                </span>
              ) : null}
              {entry.reason ? (
                <span className="card__meta" dir="auto">
                  {" · "}
                  {entry.reason}
                </span>
              ) : null}
              {entry.amount !== undefined ? <span className="card__meta"> · {money(entry.amount)}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
