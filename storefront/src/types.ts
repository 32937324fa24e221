import type { HttpTypes } from "@medusajs/types"
import type { StoreCooperative } from "@tadamon/shared"

/** The cooperative fields a product carries when the Store API is asked for `*cooperative`. */
export type ProductCooperative = Pick<StoreCooperative, "id" | "handle" | "name"> &
  Partial<Pick<StoreCooperative, "province" | "commune" | "region" | "sector" | "logo">>

/** A product from `/store/products` with its linked cooperative. */
export type TadamonProduct = HttpTypes.StoreProduct & {
  cooperative?: ProductCooperative | null
}

export type TadamonProductListResponse = Omit<HttpTypes.StoreProductListResponse, "products"> & {
  products: TadamonProduct[]
}

/**
 * `GET /store/cooperatives/:handle`: the cooperative and its published products.
 * Declared here until @tadamon/shared exports it (its `StoreCooperativeResponse` has no `products` yet).
 */
export type StoreCooperativeWithProductsResponse = {
  cooperative: StoreCooperative
  products: TadamonProduct[]
}
