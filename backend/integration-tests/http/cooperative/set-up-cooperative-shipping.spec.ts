import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { setUpCooperativeShippingWorkflow } from "../../../src/workflows/onboarding/set-up-cooperative-shipping"
import { createCooperative, createStoreFixture, type StoreFixture } from "../../fixtures/catalog"

jest.setTimeout(120 * 1000)

async function countShippingRecords(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  return {
    stockLocations: await count("stock_location"),
    shippingProfiles: await count("shipping_profile"),
    fulfillmentSets: await count("fulfillment_set"),
    serviceZones: await count("service_zone"),
    shippingOptions: await count("shipping_option"),
    shippingOptionTypes: await count("shipping_option_type"),
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let store: StoreFixture
    let cooperative: { id: string; handle: string; name: string }

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      cooperative = await createCooperative(container, { handle: "nahl-taounate", province: "taounate", commune: "غفساي" })
    })

    describe("setUpCooperativeShippingWorkflow", () => {
      it("gives a cooperative its location, profile, zones and three options, once", async () => {
        const container = getContainer()
        const before = await countShippingRecords(container)
        const input = {
          cooperative_id: cooperative.id,
          sales_channel_id: store.salesChannelId,
          rates: { amana: 45, home_delivery: 30, free_above: 600 },
        }
        const { result: first } = await setUpCooperativeShippingWorkflow(container).run({ input })
        expect(first.created).toBeGreaterThan(0)
        const after = await countShippingRecords(container)
        expect(after).toEqual({
          stockLocations: before.stockLocations + 1,
          shippingProfiles: before.shippingProfiles + 1,
          fulfillmentSets: before.fulfillmentSets + 2,
          serviceZones: before.serviceZones + 3,
          shippingOptions: before.shippingOptions + 3,
          shippingOptionTypes: before.shippingOptionTypes + 3,
        })

        const { result: second } = await setUpCooperativeShippingWorkflow(container).run({ input })
        expect(second).toEqual({ ...first, created: 0 })
        expect(await countShippingRecords(container)).toEqual(after)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [linked],
        } = await query.graph({
          entity: "cooperative",
          fields: [
            "stock_location.id",
            "stock_location.name",
            "stock_location.address.city",
            "stock_location.address.province",
            "stock_location.address.country_code",
            "stock_location.sales_channels.id",
            "stock_location.fulfillment_providers.id",
            "stock_location.fulfillment_sets.type",
            "shipping_profile.id",
            "shipping_profile.shipping_options.name",
            "shipping_profile.shipping_options.metadata",
            "shipping_profile.shipping_options.provider_id",
            "shipping_profile.shipping_options.type.code",
            "shipping_profile.shipping_options.service_zone.geo_zones.type",
            "shipping_profile.shipping_options.service_zone.geo_zones.province_code",
          ],
          filters: { id: cooperative.id },
        })
        expect(linked.stock_location).toMatchObject({
          id: first.stock_location_id,
          name: cooperative.name,
          address: { city: "غفساي", province: "taounate", country_code: "MA" },
        })
        expect(linked.stock_location?.sales_channels?.map((channel) => channel?.id)).toEqual([store.salesChannelId])
        expect(linked.stock_location?.fulfillment_providers?.map((provider) => provider?.id)).toEqual(["manual_manual"])
        expect(linked.stock_location?.fulfillment_sets?.map((set) => set?.type).sort()).toEqual(["pickup", "shipping"])
        expect(linked.shipping_profile?.id).toBe(first.shipping_profile_id)

        const options = new Map(
          (linked.shipping_profile?.shipping_options ?? []).map((option) => [String(option?.metadata?.kind), option])
        )
        expect(options.get("amana")).toMatchObject({
          provider_id: "manual_manual",
          type: { code: "amana" },
          metadata: { kind: "amana", min_hours: 24, max_hours: 72, free_above: 600 },
          service_zone: { geo_zones: [{ type: "country" }] },
        })
        expect(options.get("home-delivery")).toMatchObject({
          metadata: { kind: "home-delivery", min_hours: 24, max_hours: 48 },
          service_zone: { geo_zones: [{ type: "province", province_code: "taounate" }] },
        })
        expect(options.get("pickup")).toMatchObject({ metadata: { kind: "pickup", min_hours: 0, max_hours: 24 } })
      })

      it("creates one setup when two runs for the same cooperative overlap", async () => {
        const container = getContainer()
        const before = await countShippingRecords(container)
        const input = { cooperative_id: cooperative.id, sales_channel_id: store.salesChannelId }
        const runs = await Promise.all([
          setUpCooperativeShippingWorkflow(container).run({ input }),
          setUpCooperativeShippingWorkflow(container).run({ input }),
        ])
        expect(runs.map(({ result }) => result.created > 0).sort()).toEqual([false, true])
        expect((await countShippingRecords(container)).shippingOptions).toBe(before.shippingOptions + 3)
      })

      it("rolls back everything it wrote when a later step fails", async () => {
        const container = getContainer()
        const before = await countShippingRecords(container)
        const workflow = setUpCooperativeShippingWorkflow(container)
        workflow.appendAction("fail-after-shipping-options", "create-shipping-options-workflow", {
          invoke: async () => {
            throw new Error("The carrier's system is down")
          },
        })
        const { errors } = await workflow.run({
          input: { cooperative_id: cooperative.id, sales_channel_id: store.salesChannelId },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toBe("The carrier's system is down")
        expect(await countShippingRecords(container)).toEqual(before)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [unlinked],
        } = await query.graph({ entity: "cooperative", fields: ["stock_location.id", "shipping_profile.id"], filters: { id: cooperative.id } })
        expect(unlinked.stock_location ?? null).toBeNull()
        expect(unlinked.shipping_profile ?? null).toBeNull()
      })

      it("refuses an unknown cooperative or a negative rate before writing anything", async () => {
        const container = getContainer()
        const before = await countShippingRecords(container)
        const unknown = await setUpCooperativeShippingWorkflow(container).run({
          input: { cooperative_id: "coop_unknown", sales_channel_id: store.salesChannelId },
          throwOnError: false,
        })
        expect(unknown.errors[0]?.error?.type).toBe(MedusaError.Types.NOT_FOUND)
        const negative = await setUpCooperativeShippingWorkflow(container).run({
          input: { cooperative_id: cooperative.id, sales_channel_id: store.salesChannelId, rates: { amana: -5 } },
          throwOnError: false,
        })
        expect(negative.errors[0]?.error?.message).toContain("rates.amana")
        expect(await countShippingRecords(container)).toEqual(before)
      })
    })
  },
})
