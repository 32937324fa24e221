import type { HttpTypes } from "@medusajs/types"
import { formatPrice, PAYMENT_PROVIDERS, type Locale, type StoreCooperativeShippingResponse } from "@tadamon/shared"
import { getTranslations } from "next-intl/server"
import { placeOrder } from "@/lib/actions/checkout"
import { groupCartLines } from "@/lib/util/cart"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { shippingTexts } from "./shipping-text"

type Props = {
  locale: Locale
  cart: HttpTypes.StoreCart
  shipping: StoreCooperativeShippingResponse | null
  providerId: string | null
}

/** Step 4: the parcels as they will be sent, the amount to pay on delivery, and "place order". */
export async function ReviewStep({ locale, cart, shipping, providerId }: Props) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const texts = await shippingTexts(locale)
  const currency = cart.currency_code
  const groups = groupCartLines(cart.items ?? [], shipping)
  const cod = (providerId ?? PAYMENT_PROVIDERS.cashOnDelivery) === PAYMENT_PROVIDERS.cashOnDelivery

  return (
    <div className="review">
      <ul role="list" className="review__parcels">
        {groups.map((group) => {
          const entry = shipping?.cooperatives.find((candidate) => candidate.cooperative.id === group.cooperative?.id)
          const option = entry?.options.find((candidate) => candidate.id === entry.selected_option_id)
          return (
            <li key={group.cooperative?.id ?? "other"} className="parcel-card" data-testid="review-parcel">
              <h3>{group.cooperative ? t("parcelFrom", { cooperative: group.cooperative.name }) : t("parcel")}</h3>
              <ul role="list" className="parcel-card__items">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <span>
                      {t("lineQuantity", { quantity: item.quantity, title: item.product_title ?? item.title })}
                      {item.variant_title ? <span className="card__meta"> · {item.variant_title}</span> : null}
                    </span>
                  </li>
                ))}
              </ul>
              {option ? (
                <p className="card__meta">
                  {option.name} · {texts.price(option.amount, currency)}
                  {texts.estimate(option.min_hours, option.max_hours) ? ` · ${texts.estimate(option.min_hours, option.max_hours)}` : ""}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      <dl className="summary__rows">
        <div>
          <dt>{t("itemsTotal")}</dt>
          <dd>{formatPrice(cart.item_total, locale, currency)}</dd>
        </div>
        <div>
          <dt>{t("shippingTotal")}</dt>
          <dd>{cart.shipping_total === 0 ? t("free") : formatPrice(cart.shipping_total, locale, currency)}</dd>
        </div>
        <div className="summary__total">
          <dt>{cod ? t("toPayOnDelivery") : t("total")}</dt>
          <dd data-testid="review-total">{formatPrice(cart.total, locale, currency)}</dd>
        </div>
      </dl>
      <ActionForm action={placeOrder} className="form" testId="place-order-form" aria-label={t("placeOrder")}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="provider_id" value={providerId ?? PAYMENT_PROVIDERS.cashOnDelivery} />
        <p className="card__meta">{t("placeOrderNote")}</p>
        <FormMessage testId="place-order-message" />
        <SubmitButton className="button button--block" testId="place-order" pendingLabel={t("placing")}>
          {t("placeOrder")}
        </SubmitButton>
      </ActionForm>
    </div>
  )
}
