import type { Locale } from "@tadamon/shared"
import type { TadamonProduct } from "@/types"
import { ProductCard } from "./product-card"

export function ProductGrid({ products, locale }: { products: TadamonProduct[]; locale: Locale }) {
  return (
    <ul className="grid grid--products" role="list">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
