import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { categoryTranslations, productTranslations, regionTranslations } from "./seed-data/translations"
import { STOREFRONT_NAME } from "./seed-data/store"
import {
  ensureCategories,
  ensureInventoryLevels,
  ensureProducts,
  ensureProductShippingProfiles,
  ensureTranslations,
  storedProducts,
} from "./seed-steps/catalog"
import type { Count } from "./seed-steps/common"
import { ensureCooperatives, ensureCooperativeShipping, ensureEditions } from "./seed-steps/cooperatives"
import {
  ensureLocales,
  ensurePublishableKey,
  ensureRegion,
  ensureSalesChannel,
  ensureStockLocation,
  ensureStore,
  ensureTaxRegion,
} from "./seed-steps/store"
import { indexSearchDocumentsWorkflow } from "../workflows/search/index-search-documents"

/**
 * Tadamon's demo data: store settings, region (cash on delivery), storefront channel and key, the
 * market's stock location, categories, cooperatives with their own stock location, shipping
 * profile and options, and their products stocked there, and the market editions with their
 * stands and program, in Arabic with French and English.
 *
 * Idempotent: every record is looked up (by name, handle, SKU or locale) before it is created,
 * so a second run creates nothing, uploads nothing and updates nothing.
 *
 *   npx medusa exec ./src/scripts/seed.ts
 */


export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const counts = new Map<string, { created: number; existing: number }>()
  const count: Count = (what, created, existing) => counts.set(what, { created, existing })

  await ensureLocales(container, count)
  const salesChannelId = await ensureSalesChannel(container, count)
  const regionId = await ensureRegion(container, count)
  await ensureTaxRegion(container, count)
  const locationId = await ensureStockLocation(container, salesChannelId, count)
  await ensureStore(container, { salesChannelId, regionId, locationId }, count)

  const categoryIds = await ensureCategories(container, count)
  const cooperativeIds = await ensureCooperatives(container, count)
  const shipping = await ensureCooperativeShipping(container, { cooperativeIds, salesChannelId }, count)
  await ensureProducts(container, { categoryIds, cooperativeIds, salesChannelId, shipping }, count)
  await ensureProductShippingProfiles(container, shipping, count)
  await ensureInventoryLevels(container, shipping, count)
  await ensureEditions(container, cooperativeIds, count)

  const translations = [
    ...categoryTranslations(categoryIds),
    ...productTranslations(await storedProducts(container)),
    ...regionTranslations(regionId),
  ]
  await ensureTranslations(container, translations, count)
  const { result: indexed } = await indexSearchDocumentsWorkflow(container).run({ input: { all: true } })
  count("search documents", indexed.products.indexed + indexed.cooperatives.indexed, 0)
  // Last, so that a key in the database means a complete seed (scripts/lib/tadamon.mjs relies on it).
  const apiKey = await ensurePublishableKey(container, salesChannelId, count)

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const summary = [...counts]
    .map(([what, { created, existing }]) => `${what} ${created} written, ${existing} already there`)
    .join("; ")
  logger.info(`Seed finished in ${seconds}s. ${summary}`)
  logger.info(`Publishable API key "${STOREFRONT_NAME}": ${apiKey}`)
}
