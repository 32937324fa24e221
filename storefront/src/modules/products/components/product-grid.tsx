import type { Locale } from "@tadamon/shared/i18n"
import type { TadamonProduct } from "@/types"
import { ProductCard } from "./product-card"

type Props = {
  products: TadamonProduct[]
  locale: Locale
  /** Cards whose images load eagerly: those above the fold when the grid leads the page. */
  eager?: number
  /** The cards' title level (see ProductCard). */
  heading?: "h2" | "h3"
}

export function ProductGrid({ products, locale, eager = 0, heading }: Props) {
  return (
    <ul className="grid grid--products" role="list">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} priority={index < eager} heading={heading} />
        </li>
      ))}
    </ul>
  )
}
