import { VENDOR_ORDER_FILTERS, type VendorOrderFilter, type VendorOrderListResponse } from "@tadamon/shared/contracts/vendor"
import { provinceName } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getFormatter, getTranslations } from "next-intl/server"
import { localePath, queryString } from "@/lib/paths"
import { joinParts } from "@/lib/util/text"
import { Pagination } from "@/modules/common/components/pagination"
import { PaymentChip, ProgressChip } from "../components/order-chips"

type Props = {
  locale: Locale
  list: VendorOrderListResponse
  filter?: VendorOrderFilter
  q?: string
  page: number
  totalPages: number
}

/** `/coop/orders`: the cooperative's orders by what they need next, newest first. */
export async function OrdersTemplate({ locale, list, filter, q, page, totalPages }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  const format = await getFormatter({ locale })
  const base = localePath(locale, "/coop/orders")
  return (
    <section className="vendor-page" aria-labelledby="orders-title">
      <h1 id="orders-title">{t("title")}</h1>
      <nav aria-label={t("filtersLabel")} className="vendor-tabs">
        <ul role="list">
          <li>
            <Link href={`${base}${queryString({ q })}`} prefetch={false} className="chip" aria-current={!filter ? "page" : undefined} data-testid="order-filter-all">
              {t("filterAll")}
            </Link>
          </li>
          {VENDOR_ORDER_FILTERS.map((id) => (
            <li key={id}>
              <Link
                href={`${base}${queryString({ status: id, q })}`}
                prefetch={false}
                className="chip"
                aria-current={filter === id ? "page" : undefined}
                data-testid={`order-filter-${id}`}
              >
                {t(`filter.${id}`)}
                {list.counts[id] > 0 ? (
                  <span className="vendor-count" data-testid="order-filter-count">
                    {list.counts[id]}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={base} className="vendor-search" role="search" aria-label={t("searchLabel")}>
        {filter ? <input type="hidden" name="status" value={filter} /> : null}
        <div className="field">
          <label htmlFor="orders-q">{t("search")}</label>
          <input id="orders-q" name="q" type="search" defaultValue={q} dir="ltr" inputMode="search" />
        </div>
        <button type="submit" className="button button--small button--ghost">
          {t("searchSubmit")}
        </button>
      </form>
      <p className="card__meta" role="status">
        {t("count", { count: list.count })}
      </p>
      {list.orders.length === 0 ? (
        <p className="empty" data-testid="orders-empty">
          {filter ? t(`empty.${filter}`) : t("emptyAll")}
        </p>
      ) : (
        <ul role="list" className="vendor-cards">
          {list.orders.map((order) => (
            <li key={order.id} className="vendor-card vendor-order" data-testid="coop-order" data-order-id={order.id} data-reference={order.order_group_reference ?? undefined}>
              <div className="vendor-order__head">
                <h2 className="vendor-order__title">
                  <Link href={localePath(locale, `/coop/orders/${order.id}`)} prefetch={false} data-testid="coop-order-link">
                    {t("orderNumber", { number: order.display_id })}
                  </Link>
                </h2>
                <ProgressChip locale={locale} status={order.progress_status} />
              </div>
              <p className="card__meta">
                {format.dateTime(new Date(order.created_at), { dateStyle: "medium", timeStyle: "short" })}
                {order.order_group_reference ? (
                  <>
                    {" · "}
                    <span dir="ltr" className="vendor-nowrap">
                      {order.order_group_reference}
                    </span>
                  </>
                ) : null}
              </p>
              <p>
                <span dir="auto">{order.customer_name}</span>
                {order.city || order.province ? (
                  <span className="card__meta"> · {joinParts([order.city, order.province ? (provinceName(order.province, locale) ?? order.province) : null], locale)}</span>
                ) : null}
              </p>
              <p className="vendor-order__foot">
                <span>
                  {t("itemCount", { count: order.item_count })} · <strong>{formatPrice(order.total, locale, order.currency_code)}</strong>
                </span>
                <PaymentChip locale={locale} method={order.payment_method} status={order.payment_status} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={page} totalPages={totalPages} path={base} query={{ status: filter, q }} />
    </section>
  )
}
