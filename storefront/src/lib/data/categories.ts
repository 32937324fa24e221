import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@tadamon/shared/i18n"
import { CACHE_TAGS, REVALIDATE_SECONDS } from "./cache"
import { storeGet } from "./store-fetch"

const CATEGORY_FIELDS = "id,name,handle,description,rank,parent_category_id,*category_children"

function byRank(a: HttpTypes.StoreProductCategory, b: HttpTypes.StoreProductCategory): number {
  return (a.rank ?? 0) - (b.rank ?? 0)
}

/** Every category, top-level or not, each with its children (the sitemap lists them all). */
export async function listCategories(locale: Locale): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      locale,
      query: { fields: CATEGORY_FIELDS, limit: 100 },
      tags: [CACHE_TAGS.categories],
      revalidate: REVALIDATE_SECONDS.categories,
    }
  )
  return product_categories
}

/** The top-level categories (honey, figs, herbs, olive oil, crafts), each with its children. */
export async function listTopCategories(locale: Locale): Promise<HttpTypes.StoreProductCategory[]> {
  return (await listCategories(locale))
    .filter((category) => !category.parent_category_id)
    .sort(byRank)
    .map((category) => ({ ...category, category_children: [...(category.category_children ?? [])].sort(byRank) }))
}

/** One category by handle, with its children and parent; null when unknown. */
export async function getCategoryByHandle(
  handle: string,
  locale: Locale
): Promise<HttpTypes.StoreProductCategory | null> {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      locale,
      query: { handle, fields: `${CATEGORY_FIELDS},*parent_category`, limit: 1 },
      tags: [CACHE_TAGS.categories, CACHE_TAGS.category(handle)],
      revalidate: REVALIDATE_SECONDS.categories,
    }
  )
  const category = product_categories.find((candidate) => candidate.handle === handle)
  if (!category) {
    return null
  }
  return { ...category, category_children: [...(category.category_children ?? [])].sort(byRank) }
}
