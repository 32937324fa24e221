import type {
  CreateProductVariantWorkflowInputDTO,
  CreateProductWorkflowInputDTO,
  CreateTranslationDTO,
  ExecArgs,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createTranslationsWorkflow,
  deleteInventoryLevelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductsWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CURRENCY_CODE } from "@tadamon/shared"
import { createCooperativesWorkflow } from "../workflows/cooperative/create-cooperatives"
import { createEditionWorkflow } from "../workflows/market/create-edition"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"
import { setUpCooperativeShippingWorkflow } from "../workflows/cooperative/set-up-cooperative-shipping"
import type { CooperativeInput } from "../workflows/cooperative/types"
import { CATEGORIES, flattenCategories, type SeedCategory } from "./seed-data/categories"
import { COOPERATIVES, REGION_CODE } from "./seed-data/cooperatives"
import { EDITIONS } from "./seed-data/editions"
import { renderCooperativeLogo, renderProductImages, type RenderedImage } from "./seed-data/images"
import { PRODUCTS, variantSku, type SeedProduct, type SeedVariant } from "./seed-data/products"
import { SHIPPING_RATES } from "./seed-data/shipping"
import { categoryTranslations, productTranslations, regionTranslations, type StoredProduct } from "./seed-data/translations"
import {
  COUNTRY_CODE,
  LOCALES,
  PAYMENT_PROVIDERS_WANTED,
  REGION_NAME,
  STOCK_LOCATION,
  STORE_NAME,
  STOREFRONT_DESCRIPTION,
  STOREFRONT_NAME,
  TAX_PROVIDER,
} from "./seed-data/store"

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

type Container = MedusaContainer
type Count = (what: string, created: number, existing: number) => void

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
  // Last, so that a key in the database means a complete seed (scripts/lib/tadamon.mjs relies on it).
  const apiKey = await ensurePublishableKey(container, salesChannelId, count)

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const summary = [...counts]
    .map(([what, { created, existing }]) => `${what} ${created} written, ${existing} already there`)
    .join("; ")
  logger.info(`Seed finished in ${seconds}s. ${summary}`)
  logger.info(`Publishable API key "${STOREFRONT_NAME}": ${apiKey}`)
}

/** Ids of linked records as Query returns them (a link can come back null). */
function idsOf(records: ({ id: string } | null)[] | null | undefined): string[] {
  return (records ?? []).flatMap((record) => (record ? [record.id] : []))
}

function mustGet(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key)
  if (!id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Seed data refers to an unknown ${what} "${key}"`)
  }
  return id
}

async function ensureLocales(container: Container, count: Count) {
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listLocales({ code: LOCALES.map((locale) => locale.code) }, { select: ["code"] })
  const known = new Set(existing.map((locale) => locale.code))
  const missing = LOCALES.filter((locale) => !known.has(locale.code))
  if (missing.length) {
    await translation.createLocales(missing)
  }
  count("locales", missing.length, existing.length)
}

async function ensureSalesChannel(container: Container, count: Count): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: STOREFRONT_NAME } })
  if (data[0]) {
    count("sales channels", 0, 1)
    return data[0].id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: STOREFRONT_NAME, description: STOREFRONT_DESCRIPTION }] },
  })
  count("sales channels", 1, 0)
  return result[0].id
}

/**
 * The Moroccan region in MAD, offering those of `PAYMENT_PROVIDERS_WANTED` that this backend has
 * (set again when it differs, e.g. after Stripe keys were added: run `npm run seed`).
 */
async function ensureRegion(container: Container, count: Count): Promise<string> {
  const registered = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: [...PAYMENT_PROVIDERS_WANTED], is_enabled: true }, { select: ["id"] })
  const PAYMENT_PROVIDERS_OFFERED = PAYMENT_PROVIDERS_WANTED.filter((id) => registered.some((provider) => provider.id === id))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { name: REGION_NAME } })
  if (data[0]) {
    const offered = idsOf(data[0].payment_providers)
    const upToDate =
      offered.length === PAYMENT_PROVIDERS_OFFERED.length && PAYMENT_PROVIDERS_OFFERED.every((id) => offered.includes(id))
    if (!upToDate) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: data[0].id }, update: { payment_providers: [...PAYMENT_PROVIDERS_OFFERED] } },
      })
    }
    count("regions", upToDate ? 0 : 1, upToDate ? 1 : 0)
    return data[0].id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: CURRENCY_CODE,
          countries: [COUNTRY_CODE],
          payment_providers: [...PAYMENT_PROVIDERS_OFFERED],
          // Moroccan shelf prices include VAT (TTC).
          is_tax_inclusive: true,
        },
      ],
    },
  })
  count("regions", 1, 0)
  return result[0].id
}

async function ensureTaxRegion(container: Container, count: Count) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: COUNTRY_CODE } })
  if (data[0]) {
    count("tax regions", 0, 1)
    return
  }
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: COUNTRY_CODE, provider_id: TAX_PROVIDER }] })
  count("tax regions", 1, 0)
}

/** Returns the key's token. */
async function ensurePublishableKey(container: Container, salesChannelId: string, count: Count): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "sales_channels.id"],
    filters: { title: STOREFRONT_NAME, type: "publishable" },
  })
  const live = data.find((candidate) => !candidate.revoked_at)
  let key = live && { id: live.id, token: live.token, channelIds: idsOf(live.sales_channels) }
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_NAME, type: "publishable", created_by: "" }] },
    })
    key = { id: result[0].id, token: result[0].token, channelIds: [] }
  }
  count("publishable keys", live ? 0 : 1, live ? 1 : 0)
  if (!key.channelIds.includes(salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.token
}

async function ensureStockLocation(container: Container, salesChannelId: string, count: Count): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id"],
    filters: { name: STOCK_LOCATION.name },
  })
  let location = data[0] && { id: data[0].id, channelIds: idsOf(data[0].sales_channels) }
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [STOCK_LOCATION] } })
    location = { id: result[0].id, channelIds: [] }
  }
  count("stock locations", data[0] ? 0 : 1, data[0] ? 1 : 0)
  const locationId = location.id
  if (!location.channelIds.includes(salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })
  }
  return locationId
}

/** Name, MAD, the three locales and the defaults; updated only where the store differs. */
async function ensureStore(
  container: Container,
  defaults: { salesChannelId: string; regionId: string; locationId: string },
  count: Count
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "store",
    fields: [
      "id",
      "name",
      "default_sales_channel_id",
      "default_region_id",
      "default_location_id",
      "supported_currencies.currency_code",
      "supported_currencies.is_default",
      "supported_locales.locale_code",
    ],
  })
  const store = data[0]
  if (!store) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No store found: Medusa creates one at start-up; was the database migrated?")
  }
  const currencies: ({ currency_code: string; is_default: boolean } | null)[] = store.supported_currencies ?? []
  const locales: ({ locale_code: string } | null)[] = store.supported_locales ?? []
  const wantedLocales = LOCALES.map((locale) => locale.code)
  const currentLocales = locales.flatMap((locale) => (locale ? [locale.locale_code] : []))
  const upToDate =
    store.name === STORE_NAME &&
    store.default_sales_channel_id === defaults.salesChannelId &&
    store.default_region_id === defaults.regionId &&
    store.default_location_id === defaults.locationId &&
    currencies.length === 1 &&
    currencies[0]?.currency_code === CURRENCY_CODE &&
    currencies[0]?.is_default === true &&
    currentLocales.length === wantedLocales.length &&
    wantedLocales.every((code) => currentLocales.includes(code))
  if (upToDate) {
    count("store settings", 0, 1)
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [{ currency_code: CURRENCY_CODE, is_default: true }],
        supported_locales: wantedLocales.map((locale_code) => ({ locale_code })),
        default_sales_channel_id: defaults.salesChannelId,
        default_region_id: defaults.regionId,
        default_location_id: defaults.locationId,
      },
    },
  })
  count("store settings", 1, 0)
}

/** Returns category ids by handle. Parents are created before their children. */
async function ensureCategories(container: Container, count: Count): Promise<Map<string, string>> {
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

async function uploadImages(container: Container, images: RenderedImage[]): Promise<string[]> {
  if (!images.length) {
    return []
  }
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: images.map((image) => ({
        filename: image.filename,
        mimeType: image.mimeType,
        content: image.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}

/** Returns cooperative ids by handle. Logos are drawn and uploaded for new cooperatives only. */
async function ensureCooperatives(container: Container, count: Count): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["id", "handle"],
    filters: { handle: COOPERATIVES.map((cooperative) => cooperative.handle) },
  })
  const ids = new Map<string, string>(data.map((cooperative: { id: string; handle: string }) => [cooperative.handle, cooperative.id]))
  const missing = COOPERATIVES.filter((cooperative) => !ids.has(cooperative.handle))
  if (missing.length) {
    const logos = await uploadImages(
      container,
      await Promise.all(missing.map((cooperative) => renderCooperativeLogo(cooperative.handle, cooperative.sector)))
    )
    const input: CooperativeInput[] = missing.map(({ name, commune, story, ...cooperative }, index) => ({
      ...cooperative,
      region: REGION_CODE,
      name: name.ar,
      commune: commune.ar,
      story: story.ar,
      logo: logos[index],
      translations: {
        fr: { name: name.fr, commune: commune.fr, story: story.fr },
        en: { name: name.en, commune: commune.en, story: story.en },
      },
    }))
    const { result } = await createCooperativesWorkflow(container).run({ input: { cooperatives: input } })
    result.forEach((cooperative) => ids.set(cooperative.handle, cooperative.id))
  }
  count("cooperatives", missing.length, COOPERATIVES.length - missing.length)
  return ids
}

/** A cooperative's stock location and shipping profile. */
type CooperativeShipping = { locationId: string; profileId: string }

/**
 * Every cooperative, approved or pending, gets its stock location, shipping profile and options
 * (the workflow creates only what is missing). Returns them by cooperative handle.
 */
async function ensureCooperativeShipping(
  container: Container,
  refs: { cooperativeIds: Map<string, string>; salesChannelId: string },
  count: Count
): Promise<Map<string, CooperativeShipping>> {
  const shipping = new Map<string, CooperativeShipping>()
  let written = 0
  const setUp = async (cooperative: (typeof COOPERATIVES)[number]) => {
    const { result } = await setUpCooperativeShippingWorkflow(container).run({
      input: {
        cooperative_id: mustGet(refs.cooperativeIds, cooperative.handle, "cooperative"),
        sales_channel_id: refs.salesChannelId,
        rates: SHIPPING_RATES[cooperative.handle],
      },
    })
    shipping.set(cooperative.handle, { locationId: result.stock_location_id, profileId: result.shipping_profile_id })
    written += result.created ? 1 : 0
  }
  // One at a time: side by side they contend for the database and take longer.
  for (const cooperative of COOPERATIVES) {
    await setUp(cooperative)
  }
  count("cooperative shipping setups", written, COOPERATIVES.length - written)
  return shipping
}

type ProductRefs = {
  categoryIds: Map<string, string>
  cooperativeIds: Map<string, string>
  salesChannelId: string
  shipping: Map<string, CooperativeShipping>
}

function productInput(product: SeedProduct, images: string[], refs: ProductRefs): CreateProductWorkflowInputDTO {
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

function variantInput(product: SeedProduct, variant: SeedVariant, rank: number): CreateProductVariantWorkflowInputDTO {
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
async function ensureProducts(container: Container, refs: ProductRefs, count: Count) {
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
async function ensureProductShippingProfiles(container: Container, shipping: Map<string, CooperativeShipping>, count: Count) {
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
async function ensureInventoryLevels(container: Container, shipping: Map<string, CooperativeShipping>, count: Count) {
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
async function storedProducts(container: Container): Promise<StoredProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.sku"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  return data
}

/** Creates the translations whose (reference, record, locale) does not exist yet. */
async function ensureTranslations(container: Container, wanted: CreateTranslationDTO[], count: Count) {
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

/** The market editions (with their stands and program, in three languages) whose handle is not taken yet. */
async function ensureEditions(container: Container, cooperativeIds: Map<string, string>, count: Count) {
  const market: MarketModuleService = container.resolve(MARKET_MODULE)
  const existing = await market.listEditions({ handle: EDITIONS.map((edition) => edition.handle) }, { select: ["handle"], take: null })
  const known = new Set(existing.map((edition) => edition.handle))
  const missing = EDITIONS.filter((edition) => !known.has(edition.handle))
  for (const { stands, ...edition } of missing) {
    await createEditionWorkflow(container).run({
      input: {
        ...edition,
        participants: stands.map(({ cooperative, stand_number }) => ({
          cooperative_id: mustGet(cooperativeIds, cooperative, "cooperative"),
          stand_number,
        })),
      },
    })
  }
  count("market editions", missing.length, known.size)
}
