import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@tadamon/shared/i18n"
import { stockState } from "@/lib/util/stock"
import { variantLabel } from "@/lib/util/variants"

type Props = {
  locale: Locale
  productPath: string
  variants: HttpTypes.StoreProductVariant[]
  selectedId: string
}

/** Variant choice as links (`?variant=<id>`): works without JavaScript, keeps the choice in the URL. */
export async function VariantOptions({ locale, productPath, variants, selectedId }: Props) {
  if (variants.length < 2) {
    return null
  }
  const t = await getTranslations({ locale, namespace: "products" })
  return (
    <div className="variant-options" role="group" aria-labelledby="variant-options-label">
      <p id="variant-options-label" className="variant-options__label">
        {t("variantLabel")}
      </p>
      <ul role="list">
        {variants.map((variant) => {
          const selected = variant.id === selectedId
          const soldOut = stockState(variant).status === "out_of_stock"
          return (
            <li key={variant.id}>
              <Link
                href={`${productPath}?variant=${encodeURIComponent(variant.id)}`}
                replace
                scroll={false}
                prefetch={false}
                className={soldOut ? "chip chip--muted" : "chip"}
                data-testid="variant-option"
                aria-current={selected ? "true" : undefined}
              >
                {variantLabel(variant)}
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
