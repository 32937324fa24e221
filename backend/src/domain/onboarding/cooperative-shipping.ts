import type {
  CreateFulfillmentSetDTO,
  CreateServiceZoneDTO,
  CreateShippingOptionTypeDTO,
  CreateTranslationDTO,
  FulfillmentWorkflow,
  LinkDefinition,
  ShippingOptionDTO,
  ShippingOptionTypeDTO,
} from "@medusajs/framework/types"
import { Modules, RuleOperator } from "@medusajs/framework/utils"
import {
  CURRENCY_CODE,
  LOCALE_TAGS,
  provinceName,
  SHIPPING_KINDS,
  type Locale,
  type LocalizedText,
  type ShippingKind,
  type ShippingOptionMetadata,
} from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"

/** What a cooperative charges for shipping, in MAD. */
export type CooperativeShippingRates = {
  /** Amana standard, anywhere in Morocco. */
  amana: number
  /** Home delivery within the cooperative's own province. */
  home_delivery: number
  /** Cart item total from which Amana is free; null when it never is. */
  free_above: number | null
}

export const DEFAULT_SHIPPING_RATES: CooperativeShippingRates = { amana: 40, home_delivery: 25, free_above: 500 }

/** Medusa's manual fulfillment provider: the cooperative hands parcels to Amana or delivers itself. */
export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"
export const COOPERATIVE_SHIPPING_PROFILE_TYPE = "cooperative"

export type FulfillmentSetKind = "shipping" | "pickup"
export type ZoneKey = "morocco" | "province" | "pickup"

/** What exists already for one cooperative; read by `getCooperativeShippingSetupStep`. */
export type CooperativeShippingSetup = {
  cooperative: { id: string; handle: string; name: string; province: string; commune: string }
  sales_channel_id: string
  rates: CooperativeShippingRates
  stock_location: {
    id: string
    sales_channel_linked: boolean
    provider_linked: boolean
    fulfillment_sets: Partial<Record<FulfillmentSetKind, { id: string; zones: Partial<Record<ZoneKey, string>> }>>
  } | null
  shipping_profile_id: string | null
  /** Kinds of the options the cooperative's profile already has. */
  option_kinds: ShippingKind[]
  /** Shipping option types by code (they are shared by every cooperative). */
  option_type_ids: Partial<Record<ShippingKind, string>>
}

const SHIPPING_OPTION_TYPES: Record<ShippingKind, { label: LocalizedText; description: LocalizedText }> = {
  amana: {
    label: { ar: "أمانة", fr: "Amana", en: "Amana" },
    description: {
      ar: "طرد عبر بريد المغرب (أمانة) إلى أي مدينة.",
      fr: "Colis Amana (Barid Al-Maghrib) partout au Maroc.",
      en: "Amana parcel (Barid Al-Maghrib) anywhere in Morocco.",
    },
  },
  "home-delivery": {
    label: { ar: "توصيل إلى المنزل", fr: "Livraison à domicile", en: "Home delivery" },
    description: {
      ar: "توصله التعاونية بنفسها داخل إقليمها.",
      fr: "Livrée par la coopérative dans sa province.",
      en: "Delivered by the cooperative within its province.",
    },
  },
  pickup: {
    label: { ar: "الاستلام من المتجر", fr: "Retrait en magasin", en: "Pickup" },
    description: {
      ar: "استلام مجاني من متجر التضامن بالسوق.",
      fr: "Retrait gratuit au magasin solidaire du marché.",
      en: "Free pickup at the market's solidarity store.",
    },
  },
}

/** The three options every cooperative offers, in the order a customer sees them. */
const OPTION_PLANS: Record<
  ShippingKind,
  { zone: ZoneKey; min_hours: number; max_hours: number; name: (province: string) => LocalizedText }
> = {
  amana: {
    zone: "morocco",
    min_hours: 24,
    max_hours: 72,
    name: () => ({ ar: "أمانة — توصيل عادي", fr: "Amana — livraison standard", en: "Amana standard delivery" }),
  },
  "home-delivery": {
    zone: "province",
    min_hours: 24,
    max_hours: 48,
    name: (province) => ({
      ar: `توصيل إلى المنزل (${provinceName(province, "ar") ?? province})`,
      fr: `Livraison à domicile (${provinceName(province, "fr") ?? province})`,
      en: `Home delivery (${provinceName(province, "en") ?? province})`,
    }),
  },
  pickup: {
    zone: "pickup",
    min_hours: 0,
    max_hours: 24,
    name: () => ({
      ar: "الاستلام من متجر التضامن بالسوق",
      fr: "Retrait au magasin solidaire du marché",
      en: "Pickup at the market's solidarity store",
    }),
  },
}

export function isShippingKind(value: unknown): value is ShippingKind {
  return typeof value === "string" && (SHIPPING_KINDS as readonly string[]).includes(value)
}

/** The kind Tadamon wrote in a shipping option's metadata, if any. */
export function shippingKindOf(metadata: Record<string, unknown> | null | undefined): ShippingKind | null {
  const kind = metadata?.kind
  return isShippingKind(kind) ? kind : null
}

const TRANSLATED_LOCALES: Exclude<Locale, "ar">[] = ["fr", "en"]

function translationsOf(reference: string, id: string, texts: Record<string, LocalizedText>): CreateTranslationDTO[] {
  return TRANSLATED_LOCALES.map((locale) => ({
    reference,
    reference_id: id,
    locale_code: LOCALE_TAGS[locale],
    translations: Object.fromEntries(Object.entries(texts).map(([field, text]) => [field, text[locale]])),
  }))
}

export function fulfillmentSetName(handle: string, kind: FulfillmentSetKind): string {
  return `${handle} — ${kind}`
}

export function missingOptionTypes(setup: CooperativeShippingSetup): (CreateShippingOptionTypeDTO & { code: ShippingKind })[] {
  return SHIPPING_KINDS.filter((kind) => !setup.option_type_ids[kind]).map((code) => ({
    code,
    label: SHIPPING_OPTION_TYPES[code].label.ar,
    description: SHIPPING_OPTION_TYPES[code].description.ar,
  }))
}

export function optionTypeTranslations(created: ShippingOptionTypeDTO[]): CreateTranslationDTO[] {
  return created.flatMap((type) =>
    isShippingKind(type.code) ? translationsOf("shipping_option_type", type.id, SHIPPING_OPTION_TYPES[type.code]) : []
  )
}

export function missingFulfillmentSets(setup: CooperativeShippingSetup): CreateFulfillmentSetDTO[] {
  const existing = setup.stock_location?.fulfillment_sets ?? {}
  return (["shipping", "pickup"] as const)
    .filter((kind) => !existing[kind])
    .map((kind) => ({ name: fulfillmentSetName(setup.cooperative.handle, kind), type: kind }))
}

export type FulfillmentSetIds = Partial<Record<FulfillmentSetKind, string>>

/** Service zones: all of Morocco and the cooperative's province for shipping, Morocco for pickup. */
export function missingServiceZones(setup: CooperativeShippingSetup, setIds: FulfillmentSetIds): CreateServiceZoneDTO[] {
  const existing = setup.stock_location?.fulfillment_sets ?? {}
  const { province, handle } = setup.cooperative
  // Zone names are unique across the store, so they carry the cooperative's handle.
  const wanted: { key: ZoneKey; set: FulfillmentSetKind; zone: Omit<CreateServiceZoneDTO, "fulfillment_set_id"> }[] = [
    { key: "morocco", set: "shipping", zone: { name: `${handle} · المغرب`, geo_zones: [{ type: "country", country_code: "ma" }] } },
    {
      key: "province",
      set: "shipping",
      zone: {
        name: `${handle} · ${provinceName(province, "ar") ?? province}`,
        geo_zones: [{ type: "province", country_code: "ma", province_code: province }],
      },
    },
    { key: "pickup", set: "pickup", zone: { name: `${handle} · متجر التضامن`, geo_zones: [{ type: "country", country_code: "ma" }] } },
  ]
  return wanted.flatMap(({ key, set, zone }) => {
    const setId = setIds[set]
    return setId && !existing[set]?.zones[key] ? [{ ...zone, fulfillment_set_id: setId }] : []
  })
}

/** The zone ids by key once the missing zones exist (a created zone is known by its set and geo zone). */
export function zoneIds(
  setup: CooperativeShippingSetup,
  setIds: FulfillmentSetIds,
  created: { id: string; fulfillment_set_id: string; geo_zones?: { type: string }[] }[]
): Partial<Record<ZoneKey, string>> {
  const existing = setup.stock_location?.fulfillment_sets ?? {}
  const zones: Partial<Record<ZoneKey, string>> = { ...existing.shipping?.zones, ...existing.pickup?.zones }
  for (const zone of created) {
    if (zone.fulfillment_set_id === setIds.pickup) {
      zones.pickup = zone.id
    } else if (zone.geo_zones?.some((geo) => geo.type === "province")) {
      zones.province = zone.id
    } else {
      zones.morocco = zone.id
    }
  }
  return zones
}

/** Links that do not exist yet between the cooperative, its location, profile, channel and provider. */
export function missingLinks(
  setup: CooperativeShippingSetup,
  ids: { stock_location_id: string; shipping_profile_id: string; created_set_ids: string[] }
): LinkDefinition[] {
  const links: LinkDefinition[] = []
  const location = { stock_location_id: ids.stock_location_id }
  if (!setup.stock_location) {
    links.push({ [COOPERATIVE_MODULE]: { cooperative_id: setup.cooperative.id }, [Modules.STOCK_LOCATION]: location })
  }
  if (!setup.shipping_profile_id) {
    links.push({
      [COOPERATIVE_MODULE]: { cooperative_id: setup.cooperative.id },
      [Modules.FULFILLMENT]: { shipping_profile_id: ids.shipping_profile_id },
    })
  }
  if (!setup.stock_location?.sales_channel_linked) {
    links.push({ [Modules.SALES_CHANNEL]: { sales_channel_id: setup.sales_channel_id }, [Modules.STOCK_LOCATION]: location })
  }
  if (!setup.stock_location?.provider_linked) {
    links.push({ [Modules.STOCK_LOCATION]: location, [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER } })
  }
  for (const fulfillment_set_id of ids.created_set_ids) {
    links.push({ [Modules.STOCK_LOCATION]: location, [Modules.FULFILLMENT]: { fulfillment_set_id } })
  }
  return links
}

/** `createShippingOptionsWorkflow` input plus the metadata the fulfillment module stores as given. */
export type CooperativeShippingOptionInput = FulfillmentWorkflow.CreateShippingOptionsWorkflowInput & {
  metadata: ShippingOptionMetadata
}

export function missingShippingOptions(
  setup: CooperativeShippingSetup,
  ids: { shipping_profile_id: string; zones: Partial<Record<ZoneKey, string>>; type_ids: Partial<Record<ShippingKind, string>> }
): CooperativeShippingOptionInput[] {
  const { rates, cooperative } = setup
  return SHIPPING_KINDS.filter((kind) => !setup.option_kinds.includes(kind)).flatMap((kind) => {
    const plan = OPTION_PLANS[kind]
    const serviceZoneId = ids.zones[plan.zone]
    const typeId = ids.type_ids[kind]
    if (!serviceZoneId || !typeId) {
      return []
    }
    const freeAbove = kind === "amana" ? rates.free_above : null
    const amount = kind === "amana" ? rates.amana : kind === "home-delivery" ? rates.home_delivery : 0
    const metadata: ShippingOptionMetadata = {
      kind,
      min_hours: plan.min_hours,
      max_hours: plan.max_hours,
      ...(freeAbove !== null ? { free_above: freeAbove } : {}),
    }
    const option: CooperativeShippingOptionInput = {
      name: plan.name(cooperative.province).ar,
      service_zone_id: serviceZoneId,
      shipping_profile_id: ids.shipping_profile_id,
      provider_id: MANUAL_FULFILLMENT_PROVIDER,
      type_id: typeId,
      price_type: "flat",
      prices: [
        { currency_code: CURRENCY_CODE, amount },
        // Medusa's conditional shipping price: free once the cart's item total reaches the threshold.
        ...(freeAbove !== null
          ? [{ currency_code: CURRENCY_CODE, amount: 0, rules: [{ attribute: "item_total", operator: "gte" as const, value: freeAbove }] }]
          : []),
      ],
      rules: [
        { attribute: "enabled_in_store", operator: RuleOperator.EQ, value: "true" },
        { attribute: "is_return", operator: RuleOperator.EQ, value: "false" },
      ],
      metadata,
    }
    return [option]
  })
}

export function shippingOptionTranslations(setup: CooperativeShippingSetup, created: ShippingOptionDTO[]): CreateTranslationDTO[] {
  return created.flatMap((option) => {
    const kind = shippingKindOf(option.metadata)
    return kind
      ? translationsOf("shipping_option", option.id, { name: OPTION_PLANS[kind].name(setup.cooperative.province) })
      : []
  })
}
