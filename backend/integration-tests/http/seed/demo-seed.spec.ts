import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import seedDemoData from "../../../src/scripts/seed"
import { COOPERATIVES } from "../../../src/scripts/seed-data/cooperatives"
import { PRODUCTS } from "../../../src/scripts/seed-data/products"

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
    categories: await count("product_category"),
    cooperatives: await count("cooperative"),
    products: await count("product"),
    variants: await count("product_variant"),
    inventoryLevels: await count("inventory_level"),
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

      await seedDemoData({ container, args: [] })
      expect(await countAll(container)).toEqual(first)

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
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
    })
  },
})
