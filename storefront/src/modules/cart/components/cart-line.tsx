import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { removeLineItem, updateLineItem } from "@/lib/actions/cart"
import { localePath } from "@/lib/paths"
import { lineTotal } from "@/lib/util/cart"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { CatalogImage } from "@/modules/common/components/catalog-image"

type Props = { locale: Locale; item: HttpTypes.StoreCartLineItem; currencyCode: string }

/** One cart line: photo, title, unit price, a quantity form and a remove form. */
export async function CartLine({ locale, item, currencyCode }: Props) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const title = item.product_title ?? item.title
  const quantityId = `quantity-${item.id}`

  return (
    <li className="cart-line" data-testid="cart-line" data-line-id={item.id}>
      <div className="cart-line__media media-box">
        {item.thumbnail ? <CatalogImage src={item.thumbnail} alt="" sizes="5rem" /> : null}
      </div>
      <div className="cart-line__body">
        <p className="cart-line__title">
          {item.product_handle ? (
            <Link href={localePath(locale, `/products/${item.product_handle}`)} prefetch={false}>
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        {item.variant_title ? <p className="card__meta">{item.variant_title}</p> : null}
        <p className="card__meta">{t("unitPrice", { price: formatPrice(item.unit_price, locale, currencyCode) })}</p>
        <div className="cart-line__actions">
          <ActionForm action={updateLineItem} className="cart-line__quantity" aria-label={t("quantityFor", { title })}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="line_id" value={item.id} />
            <label htmlFor={quantityId} className="visually-hidden">
              {t("quantityFor", { title })}
            </label>
            <input
              id={quantityId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={99}
              defaultValue={item.quantity}
              required
              data-testid="cart-line-quantity"
            />
            <SubmitButton className="button button--ghost button--small" testId="cart-line-update" pendingLabel={t("updating")}>
              {t("update")}
            </SubmitButton>
            <FormMessage testId="cart-line-message" />
          </ActionForm>
          <ActionForm action={removeLineItem} aria-label={t("removeLabel", { title })}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="line_id" value={item.id} />
            <SubmitButton className="button-link" testId="cart-line-remove">
              {t("remove")}
              <span className="visually-hidden"> {title}</span>
            </SubmitButton>
          </ActionForm>
        </div>
      </div>
      <p className="cart-line__total" data-testid="cart-line-total">
        {formatPrice(lineTotal(item), locale, currencyCode)}
      </p>
    </li>
  )
}
