// The store's own set-up: locales, sales channel and key, region and tax, the market's stock location, the store.
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CURRENCY_CODE } from "@tadamon/shared"
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
} from "../seed-data/store"
import { idsOf, type Container, type Count } from "./common"

export async function ensureLocales(container: Container, count: Count) {
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listLocales({ code: LOCALES.map((locale) => locale.code) }, { select: ["code"] })
  const known = new Set(existing.map((locale) => locale.code))
  const missing = LOCALES.filter((locale) => !known.has(locale.code))
  if (missing.length) {
    await translation.createLocales(missing)
  }
  count("locales", missing.length, existing.length)
}

export async function ensureSalesChannel(container: Container, count: Count): Promise<string> {
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
export async function ensureRegion(container: Container, count: Count): Promise<string> {
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

export async function ensureTaxRegion(container: Container, count: Count) {
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
export async function ensurePublishableKey(container: Container, salesChannelId: string, count: Count): Promise<string> {
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

export async function ensureStockLocation(container: Container, salesChannelId: string, count: Count): Promise<string> {
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
export async function ensureStore(
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
