import { CRAFT_PRODUCTS } from "./products-crafts"
import { FIG_PRODUCTS } from "./products-figs"
import { HERB_PRODUCTS } from "./products-herbs"
import { HONEY_PRODUCTS } from "./products-honey"
import { OLIVE_OIL_PRODUCTS } from "./products-olive-oil"
import type { SeedProduct } from "./variants"

export type { SeedProduct, SeedVariant } from "./variants"
export { variantSku } from "./variants"

/** Every demo product, one file per sector. */
export const PRODUCTS: SeedProduct[] = [
  ...HONEY_PRODUCTS,
  ...FIG_PRODUCTS,
  ...HERB_PRODUCTS,
  ...OLIVE_OIL_PRODUCTS,
  ...CRAFT_PRODUCTS,
]
