import type { HttpTypes } from "@medusajs/types"

/** A product's photos in their order (`rank`), the thumbnail alone when it has none. */
export function productPhotos(product: Pick<HttpTypes.StoreProduct, "images" | "thumbnail">): string[] {
  const urls = [...(product.images ?? [])].sort((a, b) => a.rank - b.rank).map((image) => image.url)
  return urls.length > 0 ? urls : product.thumbnail ? [product.thumbnail] : []
}
