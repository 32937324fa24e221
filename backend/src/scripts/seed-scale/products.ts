// Generated products in batches: created through createProductsWorkflow (the cooperative hook links
// each batch to its maker), stocked at the maker's location, translated to French and English.
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { LOCALE_TAGS } from "@tadamon/shared"
import { PRODUCTS, variantSku } from "../seed-data/products"
import { productInput, ensureTranslations, type ProductRefs } from "../seed-steps/catalog"
import { mustGet, type Container, type Count } from "../seed-steps/common"
import { generatedProduct, productBatches, type GeneratedProduct } from "./generate"
import { productTranslations } from "../seed-data/translations"

/**
 * Products per createProductsWorkflow run: per product, 500 cost about as much as 250 and 100 half
 * as much again; a few hundred keeps each transaction short and memory flat.
 */
export const BATCH_SIZE = 250
/** Batches written side by side: two keep the database busy while Node builds the next (≈ 1.35× on 2 cores). */
const CONCURRENCY = 2

type Written = { created: number; existing: number; levels: number; translations: number }

type StoredVariant = { id: string; sku: string | null; inventory_items?: ({ inventory_item_id: string } | null)[] | null }
type StoredRow = {
  id: string
  handle: string
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: StoredVariant[]
}

/** The demo products' picture URLs by handle, thumbnail first: generated products show them again. */
async function demoPictures(container: Container): Promise<Map<string, string[]>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle", "thumbnail", "images.url"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  return new Map(
    data.map((product) => {
      const urls: string[] = (product.images ?? []).flatMap((image: { url: string } | null) => (image ? [image.url] : []))
      const thumbnail = product.thumbnail ?? urls[0]
      return [product.handle, thumbnail ? [thumbnail, ...urls.filter((url) => url !== thumbnail)] : urls]
    })
  )
}

/** True when every product has its English title: translations are a batch's last write. */
async function isTranslated(container: Container, productIds: string[]): Promise<boolean> {
  const translation = container.resolve(Modules.TRANSLATION)
  const rows = await translation.listTranslations(
    { reference: "product", reference_id: productIds, locale_code: LOCALE_TAGS.en },
    { select: ["reference_id"], take: null }
  )
  return new Set(rows.map((row) => row.reference_id)).size === productIds.length
}

/** Inventory levels at the maker's location for the batch's variants that have none there. */
async function ensureStock(container: Container, products: GeneratedProduct[], stored: StoredRow[], locationId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(products.flatMap((product) => product.variants.map((variant) => [variantSku(product, variant), variant.stock] as const)))
  const itemStock = new Map<string, number>()
  for (const variant of stored.flatMap((row) => row.variants)) {
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    const stock = variant.sku ? stockBySku.get(variant.sku) : undefined
    if (itemId && stock !== undefined) {
      itemStock.set(itemId, stock)
    }
  }
  if (!itemStock.size) {
    return 0
  }
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id"],
    filters: { inventory_item_id: [...itemStock.keys()], location_id: locationId },
  })
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const missing = [...itemStock]
    .filter(([itemId]) => !stocked.has(itemId))
    .map(([inventory_item_id, stocked_quantity]) => ({ location_id: locationId, inventory_item_id, stocked_quantity }))
  if (missing.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: missing } })
  }
  return missing.length
}

async function seedBatch(
  container: Container,
  batch: { cooperative: string; numbers: number[] },
  refs: ProductRefs,
  pictures: Map<string, string[]>
): Promise<Written> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = batch.numbers.map(generatedProduct)
  const handles = products.map((product) => product.handle)
  const { data: existing } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })
  const known = new Set(existing.map((product) => product.handle))
  const missing = products.filter((product) => !known.has(product.handle))
  const written: Written = { created: missing.length, existing: known.size, levels: 0, translations: 0 }
  if (!missing.length && (await isTranslated(container, existing.map((product) => product.id)))) {
    return written
  }
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => productInput(product, pictures.get(product.looksLike) ?? [], refs)),
        additional_data: { cooperative_id: mustGet(refs.cooperativeIds, batch.cooperative, "cooperative") },
      },
    })
  }
  const { data: stored } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.sku",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { handle: handles },
  })
  const location = refs.shipping.get(batch.cooperative)?.locationId
  written.levels = location ? await ensureStock(container, products, stored, location) : 0
  await ensureTranslations(container, productTranslations(stored, products), (_what, created) => {
    written.translations = created
  })
  return written
}

/**
 * Products gen-1 … gen-<total>, each batch one cooperative's. Existing products are skipped (a
 * batch whose products exist but lack their translations, after an interrupted run, is completed).
 * Prints progress about every 5 %.
 */
export async function ensureGeneratedProducts(container: Container, total: number, refs: ProductRefs, count: Count, logger: Logger) {
  const pictures = await demoPictures(container)
  const batches = productBatches(total, BATCH_SIZE)
  const started = Date.now()
  const sum: Written = { created: 0, existing: 0, levels: 0, translations: 0 }
  const step = Math.max(BATCH_SIZE, Math.ceil(total / 20))
  let reported = 0
  let next = 0
  let failed = false
  const work = async () => {
    while (!failed && next < batches.length) {
      const batch = batches[next++]
      const written = await seedBatch(container, batch, refs, pictures).catch((error: unknown) => {
        failed = true
        throw error
      })
      sum.created += written.created
      sum.existing += written.existing
      sum.levels += written.levels
      sum.translations += written.translations
      const done = sum.created + sum.existing
      if (done - reported >= step || done === total) {
        reported = done
        const seconds = (Date.now() - started) / 1000
        const rate = sum.created / Math.max(seconds, 0.001)
        const left = rate > 0 ? Math.round((total - done) / rate) : 0
        logger.info(
          `Generated products: ${done}/${total} (${sum.created} created, ${sum.existing} already there) in ${seconds.toFixed(0)}s, ` +
            `${rate.toFixed(1)} products/s${done < total && rate > 0 ? `, about ${left}s left` : ""}`
        )
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, work))
  count("generated products", sum.created, sum.existing)
  count("generated inventory levels", sum.levels, 0)
  count("generated translations", sum.translations, 0)
}
