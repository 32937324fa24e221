import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findProvince, SHIPPING_KINDS, type ShippingKind } from "@tadamon/shared"
import {
  DEFAULT_SHIPPING_RATES,
  isShippingKind,
  MANUAL_FULFILLMENT_PROVIDER,
  shippingKindOf,
  type CooperativeShippingRates,
  type CooperativeShippingSetup,
  type FulfillmentSetKind,
  type ZoneKey,
} from "../../../domain/onboarding/cooperative-shipping"

export type GetCooperativeShippingSetupInput = {
  cooperative_id: string
  sales_channel_id?: string
  rates?: Partial<CooperativeShippingRates>
}

type Linked<T> = T | null | undefined
type StoredCooperative = {
  id: string
  handle: string
  name: string
  province: string
  commune: string
  stock_location?: Linked<{
    id: string
    sales_channels?: Linked<{ id: string }>[] | null
    fulfillment_providers?: Linked<{ id: string }>[] | null
    fulfillment_sets?: Linked<{
      id: string
      type: string
      service_zones?: Linked<{ id: string; geo_zones?: Linked<{ type: string }>[] | null }>[] | null
    }>[] | null
  }>
  shipping_profile?: Linked<{
    id: string
    shipping_options?: Linked<{ id: string; metadata?: Record<string, unknown> | null }>[] | null
  }>
}

function present<T>(records: Linked<T>[] | null | undefined): T[] {
  return (records ?? []).flatMap((record) => (record ? [record] : []))
}

function zoneKey(set: FulfillmentSetKind, geoTypes: string[]): ZoneKey {
  if (set === "pickup") {
    return "pickup"
  }
  return geoTypes.includes("province") ? "province" : "morocco"
}

/**
 * Reads what already exists of a cooperative's shipping setup (stock location, profile,
 * fulfillment sets, zones, options, shared option types) and checks the input before anything
 * is written. Read-only, so nothing to compensate.
 */
export const getCooperativeShippingSetupStep = createStep(
  "get-cooperative-shipping-setup",
  async (input: GetCooperativeShippingSetupInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [found],
    } = await query.graph({
      entity: "cooperative",
      fields: [
        "id",
        "handle",
        "name",
        "province",
        "commune",
        "stock_location.id",
        "stock_location.sales_channels.id",
        "stock_location.fulfillment_providers.id",
        "stock_location.fulfillment_sets.id",
        "stock_location.fulfillment_sets.type",
        "stock_location.fulfillment_sets.service_zones.id",
        "stock_location.fulfillment_sets.service_zones.geo_zones.type",
        "shipping_profile.id",
        "shipping_profile.shipping_options.id",
        "shipping_profile.shipping_options.metadata",
      ],
      filters: { id: input.cooperative_id },
    })
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id ${input.cooperative_id} was not found`)
    }
    const cooperative: StoredCooperative = found
    if (!findProvince(cooperative.province)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `province: "${cooperative.province}" is not a Moroccan province code`)
    }

    const rates: CooperativeShippingRates = { ...DEFAULT_SHIPPING_RATES, ...input.rates }
    for (const [field, value] of Object.entries(rates)) {
      if (value !== null && !(Number.isFinite(value) && value >= 0)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `rates.${field}: must be an amount in MAD, 0 or more`)
      }
    }

    let salesChannelId = input.sales_channel_id
    if (!salesChannelId) {
      const {
        data: [store],
      } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
      salesChannelId = store?.default_sales_channel_id ?? undefined
    }
    const { data: channels } = salesChannelId
      ? await query.graph({ entity: "sales_channel", fields: ["id"], filters: { id: salesChannelId } })
      : { data: [] }
    if (!salesChannelId || !channels.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `sales_channel_id: the storefront sales channel ${salesChannelId ?? "(store default)"} was not found`
      )
    }

    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const types = await fulfillment.listShippingOptionTypes({ code: [...SHIPPING_KINDS] }, { select: ["id", "code"] })
    const option_type_ids: Partial<Record<ShippingKind, string>> = {}
    for (const type of types) {
      if (isShippingKind(type.code)) {
        option_type_ids[type.code] ??= type.id
      }
    }

    const location = cooperative.stock_location
    const fulfillment_sets: NonNullable<CooperativeShippingSetup["stock_location"]>["fulfillment_sets"] = {}
    for (const set of present(location?.fulfillment_sets)) {
      if (set.type !== "shipping" && set.type !== "pickup") {
        continue
      }
      const zones: Partial<Record<ZoneKey, string>> = {}
      for (const zone of present(set.service_zones)) {
        zones[zoneKey(set.type, present(zone.geo_zones).map((geo) => geo.type))] ??= zone.id
      }
      fulfillment_sets[set.type] ??= { id: set.id, zones }
    }

    const setup: CooperativeShippingSetup = {
      cooperative: {
        id: cooperative.id,
        handle: cooperative.handle,
        name: cooperative.name,
        province: cooperative.province,
        commune: cooperative.commune,
      },
      sales_channel_id: salesChannelId,
      rates,
      stock_location: location
        ? {
            id: location.id,
            sales_channel_linked: present(location.sales_channels).some((channel) => channel.id === salesChannelId),
            provider_linked: present(location.fulfillment_providers).some((provider) => provider.id === MANUAL_FULFILLMENT_PROVIDER),
            fulfillment_sets,
          }
        : null,
      shipping_profile_id: cooperative.shipping_profile?.id ?? null,
      option_kinds: present(cooperative.shipping_profile?.shipping_options).flatMap((option) => {
        const kind = shippingKindOf(option.metadata)
        return kind ? [kind] : []
      }),
      option_type_ids,
    }
    return new StepResponse(setup)
  }
)
