import type { HttpTypes } from "@medusajs/types"
import type { StoreProductCooperative } from "@tadamon/shared/contracts/store"

/** A product from `/store/products` with the cooperative that made it (asked with `cooperative.*` fields). */
export type TadamonProduct = HttpTypes.StoreProduct & {
  cooperative?: Partial<StoreProductCooperative> & Pick<StoreProductCooperative, "id" | "handle" | "name">
}

export type TadamonProductListResponse = Omit<HttpTypes.StoreProductListResponse, "products"> & {
  products: TadamonProduct[]
}
