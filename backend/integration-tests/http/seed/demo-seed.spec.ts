import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import seedDemoData from "../../../src/scripts/seed"
import { STOCK_LOCATION } from "../../../src/scripts/seed-data/store"
import { COOPERATIVES } from "../../../src/scripts/seed-data/cooperatives"
import { PRODUCTS } from "../../../src/scripts/seed-data/products"
import { EDITIONS, TAOUNATE_EDITION_HANDLE } from "../../../src/scripts/seed-data/editions"

jest.setTimeout(180 * 1000)

async function countAll(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string, filters: Record<string, unknown> = {}) =>
    (await query.graph({ entity, fields: ["id"], filters })).data.length
  const translation = container.resolve(Modules.TRANSLATION)
  return {
    regions: await count("region"),
    salesChannels: await count("sales_channel"),
    publishableKeys: await count("api_key", { type: "publishable", title: "Tadamon storefront" }),
    stockLocations: await count("stock_location"),
    shippingProfiles: await count("shipping_profile"),
    fulfillmentSets: await count("fulfillment_set"),
    shippingOptions: await count("shipping_option"),
    categories: await count("product_category"),
    cooperatives: await count("cooperative"),
    products: await count("product"),
    variants: await count("product_variant"),
    inventoryLevels: await count("inventory_level"),
    editions: await count("edition"),
    editionParticipants: await count("edition_participant"),
    programItems: await count("program_item"),
    translations: (await translation.listTranslations({}, { select: ["id"] })).length,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("seeds the demo market once: a second run creates nothing", async () => {
      const container = getContainer()
      await seedDemoData({ container, args: [] })
      const first = await countAll(container)
      expect(first.cooperatives).toBe(COOPERATIVES.length)
      expect(first.products).toBe(PRODUCTS.length)
      expect(first.categories).toBe(8)
      expect(first.publishableKeys).toBe(1)
      expect(first.translations).toBeGreaterThan(PRODUCTS.length * 2)
      // The market's location plus one per cooperative, each with shipping and pickup sets and three options.
      expect(first.stockLocations).toBe(COOPERATIVES.length + 1)
      expect(first.fulfillmentSets).toBe(COOPERATIVES.length * 2)
      expect(first.shippingOptions).toBe(COOPERATIVES.length * 3)
      expect(first.editions).toBe(EDITIONS.length)
      expect(first.editionParticipants).toBe(EDITIONS.reduce((sum, edition) => sum + edition.stands.length, 0))
      expect(first.programItems).toBe(EDITIONS.reduce((sum, edition) => sum + edition.program.length, 0))

      await seedDemoData({ container, args: [] })
      expect(await countAll(container)).toEqual(first)

      // Stock an older seed put at the market's shared location moves to the cooperatives' own.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [market],
      } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { name: STOCK_LOCATION.name } })
      const {
        data: [item],
      } = await query.graph({ entity: "inventory_item", fields: ["id"], pagination: { take: 1 } })
      await createInventoryLevelsWorkflow(container).run({
        input: { inventory_levels: [{ inventory_item_id: item.id, location_id: market.id, stocked_quantity: 5 }] },
      })
      await seedDemoData({ container, args: [] })
      expect(await countAll(container)).toEqual(first)

      const {
        data: [key],
      } = await query.graph({ entity: "api_key", fields: ["token"], filters: { type: "publishable", title: "Tadamon storefront" } })
      const headers = { headers: { "x-publishable-api-key": key.token } }

      const { data } = await api.get("/store/products?limit=100&fields=handle", headers)
      const pendingHandles = new Set(COOPERATIVES.filter((c) => c.status !== "approved").map((c) => c.handle))
      const hidden = PRODUCTS.filter((p) => pendingHandles.has(p.cooperative)).map((p) => p.handle)
      expect(hidden.length).toBeGreaterThan(0)
      expect(data.count).toBe(PRODUCTS.length - hidden.length)
      for (const handle of hidden) {
        expect(data.products.map((p: { handle: string }) => p.handle)).not.toContain(handle)
      }

      const cooperatives = await api.get("/store/cooperatives?limit=100", headers)
      expect(cooperatives.data.count).toBe(COOPERATIVES.length - pendingHandles.size)

      // The Taounate market, in French, with its stands and program; the Sefrou one is over.
      const taounate = await api.get(`/store/editions/${TAOUNATE_EDITION_HANDLE}?locale=fr-MA`, headers)
      expect(taounate.data.edition).toEqual(
        expect.objectContaining({ starts_on: "2026-12-19", ends_on: "2026-12-26", province: "taounate", participant_count: 10 })
      )
      expect(taounate.data.edition.name).toBe("Marché itinérant de l'économie sociale et solidaire – Taounate")
      expect(taounate.data.edition.program.length).toBeGreaterThanOrEqual(6)
      const past = await api.get("/store/editions?status=closed", headers)
      expect(past.data.editions.map((edition: { handle: string }) => edition.handle)).toContain("sefrou-2026")

      // Each cooperative's products use its shipping profile and are stocked at its own location.
      const { data: seeded } = await query.graph({
        entity: "cooperative",
        fields: [
          "handle",
          "stock_location.id",
          "shipping_profile.id",
          "shipping_profile.shipping_options.metadata",
          "products.shipping_profile.id",
          "products.variants.inventory_items.inventory.location_levels.location_id",
        ],
      })
      expect(seeded).toHaveLength(COOPERATIVES.length)
      for (const cooperative of seeded) {
        const profileId = cooperative.shipping_profile?.id
        const kinds = (cooperative.shipping_profile?.shipping_options ?? []).map((option) => option?.metadata?.kind)
        expect(kinds.sort()).toEqual(["amana", "home-delivery", "pickup"])
        const products = cooperative.products ?? []
        expect(products.length).toBeGreaterThan(0)
        for (const product of products) {
          expect(product?.shipping_profile?.id).toBe(profileId)
          for (const variant of product?.variants ?? []) {
            const locations = (variant.inventory_items ?? []).flatMap((item) =>
              (item?.inventory?.location_levels ?? []).map((level) => level?.location_id)
            )
            expect(locations).toEqual([cooperative.stock_location?.id])
          }
        }
      }
      const {
        data: [region],
      } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { name: "Maroc" } })
      expect((region.payment_providers ?? []).map((provider) => provider?.id)).toEqual(["pp_cod_cod"])
    })
  },
})
