import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createFulfillmentSets,
  createRemoteLinkStep,
  createServiceZonesStep,
  createShippingOptionsWorkflow,
  createShippingOptionTypesStep,
  createShippingProfilesStep,
  createStockLocations,
  createTranslationsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { getCooperativeShippingSetupStep, type GetCooperativeShippingSetupInput } from "./steps/get-cooperative-shipping-setup"
import {
  COOPERATIVE_SHIPPING_PROFILE_TYPE,
  isShippingKind,
  missingFulfillmentSets,
  missingLinks,
  missingOptionTypes,
  missingServiceZones,
  missingShippingOptions,
  optionTypeTranslations,
  shippingOptionTranslations,
  zoneIds,
  type FulfillmentSetIds,
} from "../../domain/onboarding/cooperative-shipping"

export type SetUpCooperativeShippingWorkflowInput = GetCooperativeShippingSetupInput

export type SetUpCooperativeShippingWorkflowOutput = {
  cooperative_id: string
  stock_location_id: string
  shipping_profile_id: string
  /** How many records this run created (0 when the cooperative was already set up). */
  created: number
}

/**
 * Gives one cooperative Medusa's shipping machinery, creating only what is missing, so it can run
 * again (a second run creates nothing) and on approval of a cooperative registered earlier:
 *
 * - a stock location named after the cooperative (its commune and province, Morocco), linked to
 *   the storefront sales channel and to Medusa's manual fulfillment provider;
 * - a shipping profile of its own: Medusa then asks a cart for one shipping method per cooperative;
 * - a "shipping" fulfillment set with two service zones (all of Morocco; the cooperative's province)
 *   and a "pickup" fulfillment set (the market's solidarity store);
 * - three flat-rate options in MAD through Medusa's manual provider: Amana standard, free from
 *   `rates.free_above` (Medusa's conditional price on the cart's `item_total`, which Medusa
 *   computes over the whole cart, not this cooperative's lines alone), home delivery in the
 *   province, and free pickup (a "pickup" fulfillment set, Medusa's own notion); each carries
 *   `ShippingOptionMetadata` and its name in Arabic with French and English translations.
 *
 * Every writing step is one of Medusa's, with its compensation; a failure leaves nothing behind.
 * A lock per cooperative keeps two simultaneous runs from creating the setup twice.
 */
export const setUpCooperativeShippingWorkflow = createWorkflow(
  "set-up-cooperative-shipping",
  (input: SetUpCooperativeShippingWorkflowInput) => {
    // Two runs for one cooperative at once would both see nothing and both create: one waits.
    const lockKey = transform({ input }, ({ input }) => `cooperative-shipping:${input.cooperative_id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60, executeOnSubWorkflow: true })
    const setup = getCooperativeShippingSetupStep(input)

    const createdLocation = when("create-cooperative-stock-location", { setup }, ({ setup }) => !setup.stock_location).then(() => {
      const locations = transform({ setup }, ({ setup }) => [
        {
          name: setup.cooperative.name,
          address: {
            address_1: setup.cooperative.commune,
            city: setup.cooperative.commune,
            province: setup.cooperative.province,
            country_code: "MA",
          },
        },
      ])
      return createStockLocations(locations)
    })

    const createdProfile = when("create-cooperative-shipping-profile", { setup }, ({ setup }) => !setup.shipping_profile_id).then(() => {
      const profiles = transform({ setup }, ({ setup }) => [
        { name: `${setup.cooperative.name} (${setup.cooperative.handle})`, type: COOPERATIVE_SHIPPING_PROFILE_TYPE },
      ])
      return createShippingProfilesStep(profiles)
    })

    const typesToCreate = transform({ setup }, ({ setup }) => missingOptionTypes(setup))
    const createdTypes = when("create-shipping-option-types", { typesToCreate }, ({ typesToCreate }) => typesToCreate.length > 0).then(
      () => createShippingOptionTypesStep(typesToCreate)
    )

    const setsToCreate = transform({ setup }, ({ setup }) => missingFulfillmentSets(setup))
    const createdSets = when("create-cooperative-fulfillment-sets", { setsToCreate }, ({ setsToCreate }) => setsToCreate.length > 0).then(
      () => createFulfillmentSets(setsToCreate)
    )

    const setIds = transform({ setup, createdSets }, ({ setup, createdSets }): FulfillmentSetIds => {
      const ids: FulfillmentSetIds = {
        shipping: setup.stock_location?.fulfillment_sets.shipping?.id,
        pickup: setup.stock_location?.fulfillment_sets.pickup?.id,
      }
      for (const set of createdSets ?? []) {
        if (set.type === "shipping" || set.type === "pickup") {
          ids[set.type] = set.id
        }
      }
      return ids
    })

    const zonesToCreate = transform({ setup, setIds }, ({ setup, setIds }) => missingServiceZones(setup, setIds))
    const createdZones = when("create-cooperative-service-zones", { zonesToCreate }, ({ zonesToCreate }) => zonesToCreate.length > 0).then(
      () => createServiceZonesStep(zonesToCreate)
    )

    const ids = transform(
      { setup, createdLocation, createdProfile, createdTypes, createdSets, setIds, createdZones },
      ({ setup, createdLocation, createdProfile, createdTypes, createdSets, setIds, createdZones }) => {
        const type_ids = { ...setup.option_type_ids }
        for (const type of createdTypes ?? []) {
          if (isShippingKind(type.code)) {
            type_ids[type.code] = type.id
          }
        }
        return {
          stock_location_id: setup.stock_location?.id ?? createdLocation?.[0]?.id ?? "",
          shipping_profile_id: setup.shipping_profile_id ?? createdProfile?.[0]?.id ?? "",
          created_set_ids: (createdSets ?? []).map((set) => set.id),
          zones: zoneIds(setup, setIds, createdZones ?? []),
          type_ids,
        }
      }
    )

    // Links before options: Medusa checks that the option's provider serves the zone's location.
    const links = transform({ setup, ids }, ({ setup, ids }) => missingLinks(setup, ids))
    createRemoteLinkStep(links)

    const optionsToCreate = transform({ setup, ids }, ({ setup, ids }) => missingShippingOptions(setup, ids))
    const createdOptions = when("create-cooperative-shipping-options", { optionsToCreate }, ({ optionsToCreate }) => optionsToCreate.length > 0).then(
      () => createShippingOptionsWorkflow.runAsStep({ input: optionsToCreate })
    )

    const translations = transform({ setup, createdOptions, createdTypes }, ({ setup, createdOptions, createdTypes }) => [
      ...shippingOptionTranslations(setup, createdOptions ?? []),
      ...optionTypeTranslations(createdTypes ?? []),
    ])
    when("translate-cooperative-shipping", { translations }, ({ translations }) => translations.length > 0).then(() => {
      createTranslationsWorkflow.runAsStep({ input: { translations } })
    })

    const result = transform(
      { setup, ids, links, createdLocation, createdProfile, createdTypes, createdSets, createdZones, createdOptions },
      (data): SetUpCooperativeShippingWorkflowOutput => ({
        cooperative_id: data.setup.cooperative.id,
        stock_location_id: data.ids.stock_location_id,
        shipping_profile_id: data.ids.shipping_profile_id,
        created:
          (data.createdLocation?.length ?? 0) +
          (data.createdProfile?.length ?? 0) +
          (data.createdTypes?.length ?? 0) +
          (data.createdSets?.length ?? 0) +
          (data.createdZones?.length ?? 0) +
          (data.createdOptions?.length ?? 0) +
          data.links.length,
      })
    )
    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
    return new WorkflowResponse(result)
  }
)
