import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import type { CartGroup } from "@/lib/util/cart"
import { CartLine } from "../components/cart-line"

type Props = { locale: Locale; cart: HttpTypes.StoreCart | null; groups: CartGroup[] }

/** The cart: one block per cooperative (each ships its own parcel), then the total and checkout. */
export async function CartTemplate({ locale, cart, groups }: Props) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const items = cart?.items ?? []

  if (!cart || items.length === 0) {
    return (
      <section className="cart" aria-labelledby="cart-title">
        <h1 id="cart-title">{t("title")}</h1>
        <div className="empty" data-testid="cart-empty">
          <p>{t("empty")}</p>
          <Link className="button" href={localePath(locale, "/categories")} prefetch={false}>
            {t("browse")}
          </Link>
        </div>
      </section>
    )
  }

  const currency = cart.currency_code
  return (
    <section className="cart" aria-labelledby="cart-title">
      <h1 id="cart-title">{t("title")}</h1>
      {groups.length > 1 ? <p className="lead">{t("parcelsNote", { count: groups.length })}</p> : null}
      <div className="cart__layout">
        <div className="cart__groups">
          {groups.map((group, index) => {
            const headingId = `cart-group-${index}`
            return (
              <section
                key={group.cooperative?.id ?? "other"}
                className="cart-group"
                aria-labelledby={headingId}
                data-testid="cart-cooperative-group"
                data-cooperative={group.cooperative?.handle}
              >
                <h2 id={headingId} className="cart-group__title">
                  {group.cooperative ? (
                    <Link href={localePath(locale, `/cooperatives/${group.cooperative.handle}`)} prefetch={false}>
                      {group.cooperative.name}
                    </Link>
                  ) : (
                    t("otherItems")
                  )}
                </h2>
                <ul role="list" className="cart-group__lines">
                  {group.items.map((item) => (
                    <CartLine key={item.id} locale={locale} item={item} currencyCode={currency} />
                  ))}
                </ul>
                <p className="cart-group__subtotal" data-testid="cart-group-subtotal">
                  <span>{t("groupSubtotal")}</span> <strong>{formatPrice(group.subtotal, locale, currency)}</strong>
                </p>
              </section>
            )
          })}
        </div>
        <aside className="summary" aria-labelledby="cart-summary-title">
          <h2 id="cart-summary-title">{t("summary")}</h2>
          <dl className="summary__rows">
            <div>
              <dt>{t("subtotal")}</dt>
              <dd data-testid="cart-subtotal">{formatPrice(cart.item_total, locale, currency)}</dd>
            </div>
            <div>
              <dt>{t("shipping")}</dt>
              <dd>{t("shippingAtCheckout")}</dd>
            </div>
          </dl>
          <Link className="button button--block" href={localePath(locale, "/checkout")} prefetch={false} data-testid="go-to-checkout">
            {t("checkout")}
          </Link>
        </aside>
      </div>
    </section>
  )
}
