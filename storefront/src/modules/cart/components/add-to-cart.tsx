import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { addToCart } from "@/lib/actions/cart"
import { localePath } from "@/lib/paths"
import { stockState } from "@/lib/util/stock"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"

type Props = { locale: Locale; productId: string; variant: HttpTypes.StoreProductVariant }

/**
 * Quantity and "add to cart" for the chosen variant: a form posting to a server action, so it
 * works before (or without) JavaScript; the inputs are server-rendered, only the answer is not.
 */
export async function AddToCart({ locale, productId, variant }: Props) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const stock = stockState(variant)
  const soldOut = stock.status === "out_of_stock"
  const max = stock.status === "low_stock" ? stock.quantity : 99

  return (
    <ActionForm action={addToCart} className="add-to-cart" testId="add-to-cart-form" aria-label={t("addLabel")}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variant.id} />
      <div className="add-to-cart__row">
        <div className="field field--quantity">
          <label htmlFor="add-to-cart-quantity">{t("quantity")}</label>
          <input
            id="add-to-cart-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            defaultValue={1}
            required
            disabled={soldOut}
            data-testid="add-to-cart-quantity"
          />
        </div>
        <SubmitButton testId="add-to-cart" disabled={soldOut} pendingLabel={t("adding")}>
          {soldOut ? t("soldOutButton") : t("add")}
        </SubmitButton>
      </div>
      <FormMessage testId="add-to-cart-message">
        <Link href={localePath(locale, "/cart")} prefetch={false} data-testid="add-to-cart-view-cart">
          {t("viewCart")}
        </Link>
      </FormMessage>
    </ActionForm>
  )
}
