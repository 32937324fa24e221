// Categories, the cooperatives' products with their stock, and the translations of both.
import type { CreateProductVariantWorkflowInputDTO, CreateProductWorkflowInputDTO, CreateTranslationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  deleteInventoryLevelsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CURRENCY_CODE } from "@tadamon/shared"
import { CATEGORIES, flattenCategories, type SeedCategory } from "../seed-data/categories"
import { renderProductImages } from "../seed-data/images"
import { PRODUCTS, variantSku, type SeedProduct, type SeedVariant } from "../seed-data/products"
import { type StoredProduct } from "../seed-data/translations"
import { COUNTRY_CODE } from "../seed-data/store"
import { mustGet, uploadImages, type Container, type Count } from "./common"
import type { CooperativeShipping } from "./cooperatives"

/** Returns category ids by handle. Parents are created before their children. */
export async function ensureCategories(container: Container, count: Count): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const all = flattenCategories()
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: all.map((category) => category.handle) },
  })
  const ids = new Map<string, string>(data.map((category) => [category.handle, category.id]))
  const existing = ids.size

  const createLevel = async (level: SeedCategory[], parentId: string | null) => {
    const missing = level.filter((category) => !ids.has(category.handle))
    if (missing.length) {
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: missing.map((category) => ({
            name: category.name.ar,
            handle: category.handle,
            description: category.description.ar,
            is_active: true,
            is_internal: false,
            parent_category_id: parentId,
            rank: level.indexOf(category),
          })),
        },
      })
      result.forEach((category) => ids.set(category.handle, category.id))
    }
    for (const category of level) {
      if (category.children?.length) {
        await createLevel(category.children, mustGet(ids, category.handle, "category"))
      }
    }
  }
  await createLevel(CATEGORIES, null)
  count("categories", ids.size - existing, existing)
  return ids
}

export type ProductRefs = {
  categoryIds: Map<string, string>
  cooperativeIds: Map<string, string>
  salesChannelId: string
  shipping: Map<string, CooperativeShipping>
}

export function productInput(product: SeedProduct, images: string[], refs: ProductRefs): CreateProductWorkflowInputDTO {
  return {
    title: product.title.ar,
    subtitle: product.subtitle?.ar ?? null,
    description: product.description.ar,
    handle: product.handle,
    status: ProductStatus.PUBLISHED,
    thumbnail: images[0],
    images: images.map((url) => ({ url })),
    origin_country: COUNTRY_CODE,
    category_ids: product.categories.map((handle) => mustGet(refs.categoryIds, handle, "category")),
    sales_channels: [{ id: refs.salesChannelId }],
    shipping_profile_id: refs.shipping.get(product.cooperative)?.profileId,
    options: [{ title: product.option.ar, values: product.variants.map((variant) => variant.value.ar) }],
    variants: product.variants.map((variant, rank) => variantInput(product, variant, rank)),
  }
}

export function variantInput(product: SeedProduct, variant: SeedVariant, rank: number): CreateProductVariantWorkflowInputDTO {
  // The product module stores `variant_rank` (the Admin API accepts it) though the create DTO does not declare it.
  const input: CreateProductVariantWorkflowInputDTO & { variant_rank: number } = {
    title: variant.value.ar,
    sku: variantSku(product, variant),
    manage_inventory: true,
    variant_rank: rank,
    options: { [product.option.ar]: variant.value.ar },
    prices: [{ amount: variant.price, currency_code: CURRENCY_CODE }],
  }
  return input
}

/**
 * Creates the missing products, one workflow run per cooperative so the cooperative hook links
 * them (and keeps a pending cooperative's products out of the sales channels).
 */
export async function ensureProducts(container: Container, refs: ProductRefs, count: Count) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const existing = new Set(data.map((product) => product.handle))
  const missing = PRODUCTS.filter((product) => !existing.has(product.handle))
  if (!missing.length) {
    count("products", 0, existing.size)
    return
  }
  const rendered = await Promise.all(missing.map((product) => renderProductImages(product.image, product.handle)))
  const urls = await uploadImages(container, rendered.flat())
  const imagesByHandle = new Map<string, string[]>()
  let offset = 0
  missing.forEach((product, index) => {
    imagesByHandle.set(product.handle, urls.slice(offset, offset + rendered[index].length))
    offset += rendered[index].length
  })

  const byCooperative = new Map<string, SeedProduct[]>()
  for (const product of missing) {
    byCooperative.set(product.cooperative, [...(byCooperative.get(product.cooperative) ?? []), product])
  }
  for (const [cooperative, products] of byCooperative) {
    await createProductsWorkflow(container).run({
      input: {
        products: products.map((product) => productInput(product, imagesByHandle.get(product.handle) ?? [], refs)),
        additional_data: { cooperative_id: mustGet(refs.cooperativeIds, cooperative, "cooperative") },
      },
    })
  }
  count("products", missing.length, existing.size)
}

/** Products created before cooperatives had shipping profiles move to their cooperative's profile. */
export async function ensureProductShippingProfiles(container: Container, shipping: Map<string, CooperativeShipping>, count: Count) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "shipping_profile.id"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const cooperativeOf = new Map(PRODUCTS.map((product) => [product.handle, product.cooperative]))
  const misplaced = new Map<string, string[]>()
  for (const product of data) {
    const profileId = shipping.get(cooperativeOf.get(product.handle) ?? "")?.profileId
    if (profileId && product.shipping_profile?.id !== profileId) {
      misplaced.set(profileId, [...(misplaced.get(profileId) ?? []), product.id])
    }
  }
  for (const [profileId, productIds] of misplaced) {
    await updateProductsWorkflow(container).run({
      input: { selector: { id: productIds }, update: { shipping_profile_id: profileId } },
    })
  }
  const moved = [...misplaced.values()].flat().length
  count("product shipping profiles", moved, data.length - moved)
}

/**
 * Stock for every seeded variant at its cooperative's own location, where it has no level yet.
 * Levels a seed made before cooperatives had locations (at the market's shared location) go,
 * unless stock is reserved there.
 */
export async function ensureInventoryLevels(container: Container, shipping: Map<string, CooperativeShipping>, count: Count) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const locationByCooperative = new Map([...shipping].map(([handle, { locationId }]) => [handle, locationId]))
  const wanted = new Map(
    PRODUCTS.flatMap((product) => {
      const locationId = mustGet(locationByCooperative, product.cooperative, "cooperative")
      return product.variants.map((variant) => [variantSku(product, variant), { stock: variant.stock, locationId }] as const)
    })
  )
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: [...wanted.keys()] },
  })
  const itemBySku = new Map<string, string>()
  for (const variant of variants) {
    const items: ({ inventory_item_id: string } | null)[] = variant.inventory_items ?? []
    const itemId = items[0]?.inventory_item_id
    if (variant.sku && itemId) {
      itemBySku.set(variant.sku, itemId)
    }
  }
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "inventory_item_id", "location_id", "reserved_quantity"],
    filters: { inventory_item_id: [...itemBySku.values()] },
  })
  const locationByItem = new Map([...itemBySku].map(([sku, itemId]) => [itemId, wanted.get(sku)?.locationId]))
  const stale = levels.filter((level) => level.location_id !== locationByItem.get(level.inventory_item_id))
  const removable = stale.filter((level) => !Number(level.reserved_quantity)).map((level) => level.id)
  if (removable.length) {
    // Forced: the stock there is the same demo stock, now counted at the cooperative's location.
    await deleteInventoryLevelsWorkflow(container).run({ input: { id: removable, force: true } })
  }
  const stocked = new Set(levels.map((level) => `${level.location_id}|${level.inventory_item_id}`))
  const missing = [...itemBySku].flatMap(([sku, itemId]) => {
    const want = wanted.get(sku)
    return want && !stocked.has(`${want.locationId}|${itemId}`)
      ? [{ location_id: want.locationId, inventory_item_id: itemId, stocked_quantity: want.stock }]
      : []
  })
  if (missing.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: missing } })
  }
  count("inventory levels", missing.length + removable.length, itemBySku.size - missing.length)
}

/** The seeded products with the option, value and variant ids their translations refer to. */
export async function storedProducts(container: Container): Promise<StoredProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.sku"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  return data
}

/** Creates the translations whose (reference, record, locale) does not exist yet. */
export async function ensureTranslations(container: Container, wanted: CreateTranslationDTO[], count: Count) {
  const translation = container.resolve(Modules.TRANSLATION)
  const key = (t: { reference: string; reference_id: string; locale_code: string }) => `${t.reference}|${t.reference_id}|${t.locale_code}`
  const existing = await translation.listTranslations(
    { reference_id: [...new Set(wanted.map((t) => t.reference_id))] },
    { select: ["reference", "reference_id", "locale_code"], take: null }
  )
  const known = new Set(existing.map(key))
  const missing = wanted.filter((t) => !known.has(key(t)))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  }
  count("translations", missing.length, wanted.length - missing.length)
}
