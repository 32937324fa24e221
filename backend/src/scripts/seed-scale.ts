import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CACHE_TAGS } from "@tadamon/shared"
import { revalidateStorefrontCacheWorkflow } from "../workflows/storefront/revalidate-storefront-cache"
import { ensureCategories } from "./seed-steps/catalog"
import type { Count } from "./seed-steps/common"
import { ensureCooperatives, ensureCooperativeShipping } from "./seed-steps/cooperatives"
import { ensureSalesChannel } from "./seed-steps/store"
import { ensureGeneratedCooperatives } from "./seed-scale/cooperatives"
import { withoutEvents } from "./seed-scale/events"
import { GENERATED_COOPERATIVE_COUNT, parseProductCount } from "./seed-scale/generate"
import { ensureGeneratedProducts } from "./seed-scale/products"
import { indexSearchDocumentsWorkflow } from "../workflows/search/index-search-documents"

/**
 * A benchmark catalog on top of the demo seed (run that first): products gen-1 … gen-<count> in
 * Arabic with French and English, 1–3 variants priced in MAD, stocked at their cooperative's own
 * location, published in the storefront channel and spread over the demo's approved cooperatives
 * and GENERATED_COOPERATIVE_COUNT generated ones (approved, with their shipping).
 *
 * Deterministic: product n is always the same, so running it again creates nothing, and a larger
 * count tops a smaller run up. Events are held back while it writes (see withoutEvents): the
 * storefront's cache is revalidated once at the end, and the search index rebuilt once.
 *
 *   npx medusa exec ./src/scripts/seed-scale.ts 5000     (or: npm run seed -- --products 5000)
 */
export default async function seedScaleCatalog({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const total = parseProductCount(args?.[0])
  const started = Date.now()
  const counts = new Map<string, { created: number; existing: number }>()
  const count: Count = (what, created, existing) => counts.set(what, { created, existing })

  // The demo's records, looked up (created only when the demo seed has not run).
  const salesChannelId = await ensureSalesChannel(container, count)
  const categoryIds = await ensureCategories(container, count)
  const cooperativeIds = await ensureCooperatives(container, count)
  const shipping = await ensureCooperativeShipping(container, { cooperativeIds, salesChannelId }, count)

  logger.info(`Generating ${GENERATED_COOPERATIVE_COUNT} cooperatives and ${total} products…`)
  await withoutEvents(container, async () => {
    const generated = await ensureGeneratedCooperatives(container, { salesChannelId }, count)
    const refs = {
      categoryIds,
      cooperativeIds: new Map([...cooperativeIds, ...generated.ids]),
      salesChannelId,
      shipping: new Map([...shipping, ...generated.shipping]),
    }
    await ensureGeneratedProducts(container, total, refs, count, logger)
  })
  // What the held-back events would have done, once: search indexes the catalog, then the
  // storefront's lists go stale.
  const { result: indexed } = await indexSearchDocumentsWorkflow(container).run({ input: { all: true } })
  count("search documents", indexed.products.indexed + indexed.cooperatives.indexed, 0)
  await revalidateStorefrontCacheWorkflow(container).run({
    input: { tags: [CACHE_TAGS.products, CACHE_TAGS.categories, CACHE_TAGS.cooperatives] },
  })

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const summary = [...counts]
    .map(([what, { created, existing }]) => `${what} ${created} written, ${existing} already there`)
    .join("; ")
  logger.info(`Benchmark catalog finished in ${seconds}s. ${summary}`)
}
