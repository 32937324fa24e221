import type { ShippingOptionDTO, ShippingOptionTypeDTO } from "@medusajs/framework/types"
import {
  DEFAULT_SHIPPING_RATES,
  fulfillmentSetName,
  isShippingKind,
  missingFulfillmentSets,
  missingLinks,
  missingOptionTypes,
  missingServiceZones,
  missingShippingOptions,
  optionTypeTranslations,
  shippingKindOf,
  shippingOptionTranslations,
  zoneIds,
  type CooperativeShippingOptionInput,
  type CooperativeShippingSetup,
} from "../cooperative-shipping"

type StockLocation = NonNullable<CooperativeShippingSetup["stock_location"]>

/** A cooperative in Taroudant that has nothing set up yet, at the default rates. */
const setup = (overrides: Partial<CooperativeShippingSetup> = {}): CooperativeShippingSetup => ({
  cooperative: { id: "coop_argan", handle: "argan-taliouine", name: "تعاونية أركان تالوين", province: "taroudant", commune: "Taliouine" },
  sales_channel_id: "sc_store",
  rates: DEFAULT_SHIPPING_RATES,
  stock_location: null,
  shipping_profile_id: null,
  option_kinds: [],
  option_type_ids: {},
  ...overrides,
})
const location = (overrides: Partial<StockLocation> = {}): StockLocation => ({
  id: "sloc_argan",
  sales_channel_linked: true,
  provider_linked: true,
  fulfillment_sets: {},
  ...overrides,
})

const ALL_ZONES = { morocco: "serzo_ma", province: "serzo_taroudant", pickup: "serzo_store" }
const ALL_TYPES = { amana: "sotype_amana", "home-delivery": "sotype_home", pickup: "sotype_pickup" }
const ids = (overrides: Partial<Parameters<typeof missingShippingOptions>[1]> = {}) => ({
  shipping_profile_id: "sp_argan",
  zones: ALL_ZONES,
  type_ids: ALL_TYPES,
  ...overrides,
})
const STORE_RULES = [
  { attribute: "enabled_in_store", operator: "eq", value: "true" },
  { attribute: "is_return", operator: "eq", value: "false" },
]

// The translation planners read only an option's (or type's) id, code and metadata.
const optionType = (id: string, code: string) => ({ id, code, label: code, description: "" }) as ShippingOptionTypeDTO
const option = (id: string, metadata: Record<string, unknown> | null) => ({ id, name: "", metadata }) as ShippingOptionDTO
/** A flat-priced option's prices (a calculated one has none). */
const pricesOf = (planned: CooperativeShippingOptionInput) => ("prices" in planned ? planned.prices : null)

describe("the shipping options a cooperative still needs", () => {
  it("offers a new cooperative Amana anywhere at 40 MAD, free from 500 MAD of goods, home delivery in its province at 25 MAD, and free pickup", () => {
    expect(missingShippingOptions(setup(), ids())).toEqual([
      {
        name: "أمانة — توصيل عادي",
        service_zone_id: "serzo_ma",
        shipping_profile_id: "sp_argan",
        provider_id: "manual_manual",
        type_id: "sotype_amana",
        price_type: "flat",
        prices: [
          { currency_code: "mad", amount: 40 },
          { currency_code: "mad", amount: 0, rules: [{ attribute: "item_total", operator: "gte", value: 500 }] },
        ],
        rules: STORE_RULES,
        metadata: { kind: "amana", min_hours: 24, max_hours: 72, free_above: 500 },
      },
      {
        name: "توصيل إلى المنزل (تارودانت)",
        service_zone_id: "serzo_taroudant",
        shipping_profile_id: "sp_argan",
        provider_id: "manual_manual",
        type_id: "sotype_home",
        price_type: "flat",
        prices: [{ currency_code: "mad", amount: 25 }],
        rules: STORE_RULES,
        metadata: { kind: "home-delivery", min_hours: 24, max_hours: 48 },
      },
      {
        name: "الاستلام من متجر التضامن بالسوق",
        service_zone_id: "serzo_store",
        shipping_profile_id: "sp_argan",
        provider_id: "manual_manual",
        type_id: "sotype_pickup",
        price_type: "flat",
        prices: [{ currency_code: "mad", amount: 0 }],
        rules: STORE_RULES,
        metadata: { kind: "pickup", min_hours: 0, max_hours: 24 },
      },
    ])
  })

  it("charges the cooperative's own rates, the free threshold applying to Amana only", () => {
    const options = missingShippingOptions(setup({ rates: { amana: 35, home_delivery: 20, free_above: 300 } }), ids())
    expect(options.map((planned) => [planned.metadata.kind, pricesOf(planned), planned.metadata.free_above])).toEqual([
      ["amana", [{ currency_code: "mad", amount: 35 }, { currency_code: "mad", amount: 0, rules: [{ attribute: "item_total", operator: "gte", value: 300 }] }], 300],
      ["home-delivery", [{ currency_code: "mad", amount: 20 }], undefined],
      ["pickup", [{ currency_code: "mad", amount: 0 }], undefined],
    ])
  })

  it("never makes Amana free when the cooperative sets no threshold, and says nothing of one in the metadata", () => {
    const [amana] = missingShippingOptions(setup({ rates: { amana: 45, home_delivery: 25, free_above: null } }), ids())
    expect(pricesOf(amana)).toEqual([{ currency_code: "mad", amount: 45 }])
    expect(amana.metadata).toEqual({ kind: "amana", min_hours: 24, max_hours: 72 })
  })

  it("plans only the kinds the cooperative does not offer yet", () => {
    const planned = missingShippingOptions(setup({ option_kinds: ["amana", "pickup"] }), ids())
    expect(planned.map((candidate) => candidate.metadata.kind)).toEqual(["home-delivery"])
    expect(missingShippingOptions(setup({ option_kinds: ["amana", "home-delivery", "pickup"] }), ids())).toEqual([])
  })

  it("leaves out an option whose service zone or option type does not exist yet", () => {
    const withoutProvince = missingShippingOptions(setup(), ids({ zones: { morocco: "serzo_ma", pickup: "serzo_store" } }))
    expect(withoutProvince.map((candidate) => candidate.metadata.kind)).toEqual(["amana", "pickup"])
    const withoutPickupType = missingShippingOptions(setup(), ids({ type_ids: { amana: "sotype_amana", "home-delivery": "sotype_home" } }))
    expect(withoutPickupType.map((candidate) => candidate.metadata.kind)).toEqual(["amana", "home-delivery"])
  })

  it("names home delivery after the province code itself when the province is not a known one", () => {
    const planned = missingShippingOptions(setup({ cooperative: { ...setup().cooperative, province: "ait-nowhere" } }), ids())
    expect(planned[1].name).toBe("توصيل إلى المنزل (ait-nowhere)")
  })
})

describe("the translations of the shipping options", () => {
  it("names each created option in French and English, home delivery with the cooperative's province", () => {
    const created = [option("so_home", { kind: "home-delivery", min_hours: 24 }), option("so_old", null), option("so_courier", { kind: "courier" })]
    expect(shippingOptionTranslations(setup(), created)).toEqual([
      { reference: "shipping_option", reference_id: "so_home", locale_code: "fr-MA", translations: { name: "Livraison à domicile (Taroudant)" } },
      { reference: "shipping_option", reference_id: "so_home", locale_code: "en-US", translations: { name: "Home delivery (Taroudant)" } },
    ])
  })

  it("gives each created option type its French and English label and description, skipping unknown codes", () => {
    expect(optionTypeTranslations([optionType("sotype_amana", "amana"), optionType("sotype_express", "express")])).toEqual([
      {
        reference: "shipping_option_type",
        reference_id: "sotype_amana",
        locale_code: "fr-MA",
        translations: { label: "Amana", description: "Colis Amana (Barid Al-Maghrib) partout au Maroc." },
      },
      {
        reference: "shipping_option_type",
        reference_id: "sotype_amana",
        locale_code: "en-US",
        translations: { label: "Amana", description: "Amana parcel (Barid Al-Maghrib) anywhere in Morocco." },
      },
    ])
  })
})

describe("the shared shipping option types", () => {
  it("creates the three types, labelled in Arabic, the first time", () => {
    expect(missingOptionTypes(setup())).toEqual([
      { code: "amana", label: "أمانة", description: "طرد عبر بريد المغرب (أمانة) إلى أي مدينة." },
      { code: "home-delivery", label: "توصيل إلى المنزل", description: "توصله التعاونية بنفسها داخل إقليمها." },
      { code: "pickup", label: "الاستلام من المتجر", description: "استلام مجاني من متجر التضامن بالسوق." },
    ])
  })

  it("creates only the types no cooperative created before", () => {
    expect(missingOptionTypes(setup({ option_type_ids: { amana: "sotype_amana" } })).map((type) => type.code)).toEqual(["home-delivery", "pickup"])
    expect(missingOptionTypes(setup({ option_type_ids: ALL_TYPES }))).toEqual([])
  })
})

describe("the cooperative's fulfillment sets and service zones", () => {
  it("creates a shipping and a pickup set named after the cooperative's handle, only those missing", () => {
    expect(fulfillmentSetName("argan-taliouine", "pickup")).toBe("argan-taliouine — pickup")
    expect(missingFulfillmentSets(setup())).toEqual([
      { name: "argan-taliouine — shipping", type: "shipping" },
      { name: "argan-taliouine — pickup", type: "pickup" },
    ])
    const withShipping = setup({ stock_location: location({ fulfillment_sets: { shipping: { id: "fuset_ship", zones: {} } } }) })
    expect(missingFulfillmentSets(withShipping)).toEqual([{ name: "argan-taliouine — pickup", type: "pickup" }])
  })

  it("ships to all of Morocco and to the cooperative's province, and picks up at the store, zones named after the handle", () => {
    expect(missingServiceZones(setup(), { shipping: "fuset_ship", pickup: "fuset_pick" })).toEqual([
      { name: "argan-taliouine · المغرب", geo_zones: [{ type: "country", country_code: "ma" }], fulfillment_set_id: "fuset_ship" },
      {
        name: "argan-taliouine · تارودانت",
        geo_zones: [{ type: "province", country_code: "ma", province_code: "taroudant" }],
        fulfillment_set_id: "fuset_ship",
      },
      { name: "argan-taliouine · متجر التضامن", geo_zones: [{ type: "country", country_code: "ma" }], fulfillment_set_id: "fuset_pick" },
    ])
  })

  it("creates only the zones missing, and none in a set that does not exist", () => {
    const partly = setup({ stock_location: location({ fulfillment_sets: { shipping: { id: "fuset_ship", zones: { morocco: "serzo_ma" } } } }) })
    expect(missingServiceZones(partly, { shipping: "fuset_ship", pickup: "fuset_pick" }).map((zone) => zone.name)).toEqual([
      "argan-taliouine · تارودانت",
      "argan-taliouine · متجر التضامن",
    ])
    expect(missingServiceZones(setup(), { shipping: "fuset_ship" }).map((zone) => zone.fulfillment_set_id)).toEqual(["fuset_ship", "fuset_ship"])
    expect(missingServiceZones(setup(), {})).toEqual([])
  })

  it("knows every zone by its key once created: the pickup set's, the province's, and all of Morocco", () => {
    const partly = setup({ stock_location: location({ fulfillment_sets: { shipping: { id: "fuset_ship", zones: { morocco: "serzo_ma" } } } }) })
    const created = [
      { id: "serzo_store", fulfillment_set_id: "fuset_pick", geo_zones: [{ type: "country" }] },
      { id: "serzo_taroudant", fulfillment_set_id: "fuset_ship", geo_zones: [{ type: "province" }] },
    ]
    expect(zoneIds(partly, { shipping: "fuset_ship", pickup: "fuset_pick" }, created)).toEqual(ALL_ZONES)
    const fresh = [{ id: "serzo_ma", fulfillment_set_id: "fuset_ship", geo_zones: [{ type: "country" }] }, ...created]
    expect(zoneIds(setup(), { shipping: "fuset_ship", pickup: "fuset_pick" }, fresh)).toEqual(ALL_ZONES)
  })
})

describe("the links a cooperative's shipping needs", () => {
  const LOCATION = { stock_location_id: "sloc_argan" }

  it("links everything for a new cooperative: its location, its profile, the store's channel, the manual provider and each new set", () => {
    expect(missingLinks(setup(), { stock_location_id: "sloc_argan", shipping_profile_id: "sp_argan", created_set_ids: ["fuset_ship", "fuset_pick"] })).toEqual([
      { cooperative: { cooperative_id: "coop_argan" }, stock_location: LOCATION },
      { cooperative: { cooperative_id: "coop_argan" }, fulfillment: { shipping_profile_id: "sp_argan" } },
      { sales_channel: { sales_channel_id: "sc_store" }, stock_location: LOCATION },
      { stock_location: LOCATION, fulfillment: { fulfillment_provider_id: "manual_manual" } },
      { stock_location: LOCATION, fulfillment: { fulfillment_set_id: "fuset_ship" } },
      { stock_location: LOCATION, fulfillment: { fulfillment_set_id: "fuset_pick" } },
    ])
  })

  it("links nothing twice: only what an existing setup lacks", () => {
    const existing = setup({ stock_location: location({ provider_linked: false }), shipping_profile_id: "sp_argan" })
    expect(missingLinks(existing, { stock_location_id: "sloc_argan", shipping_profile_id: "sp_argan", created_set_ids: ["fuset_pick"] })).toEqual([
      { stock_location: LOCATION, fulfillment: { fulfillment_provider_id: "manual_manual" } },
      { stock_location: LOCATION, fulfillment: { fulfillment_set_id: "fuset_pick" } },
    ])
    const complete = setup({ stock_location: location(), shipping_profile_id: "sp_argan" })
    expect(missingLinks(complete, { stock_location_id: "sloc_argan", shipping_profile_id: "sp_argan", created_set_ids: [] })).toEqual([])
  })
})

describe("the kind of a shipping option", () => {
  it("is one of Amana, home delivery or pickup, exactly as Tadamon writes it", () => {
    expect(["amana", "home-delivery", "pickup", "Amana", "home_delivery", "courier", "", null, 1].map(isShippingKind)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it("is read from the option's metadata, or is none", () => {
    expect(shippingKindOf({ kind: "pickup", min_hours: 0 })).toBe("pickup")
    expect(shippingKindOf({ kind: ["amana"] })).toBeNull()
    expect(shippingKindOf({})).toBeNull()
    expect(shippingKindOf(null)).toBeNull()
    expect(shippingKindOf(undefined)).toBeNull()
  })
})
