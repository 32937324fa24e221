import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreCooperativeListResponse, StoreCooperativeResponse } from "@tadamon/shared"
import {
  createCooperative,
  createCooperativeProduct,
  createStoreFixture,
  type StoreFixture,
} from "../../../fixtures/catalog"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: { id: string; handle: string }
    let figs: { id: string; handle: string }
    let pending: { id: string; handle: string }

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      honey = await createCooperative(container, {
        handle: "nahl-taounate",
        sector: "honey",
        province: "taounate",
        legal_registration_number: "ODCO 12/345",
        contact_email: "contact@nahl-taounate.example",
      })
      figs = await createCooperative(container, { handle: "tin-sefrou", sector: "figs-dried-fruit", province: "sefrou" })
      await createCooperative(container, { handle: "zitoun-fes", sector: "olive-oil", province: "fes" })
      pending = await createCooperative(container, { handle: "pending-coop", status: "pending" })
      await createCooperative(container, { handle: "suspended-coop", status: "suspended" })
    })

    describe("GET /store/cooperatives", () => {
      it("lists approved cooperatives only, paginated", async () => {
        const first = await api.get("/store/cooperatives?limit=2&order=handle", store.storeHeaders)
        expect(first.status).toBe(200)
        const body: StoreCooperativeListResponse = first.data
        expect(body.count).toBe(3)
        expect(body.limit).toBe(2)
        expect(body.cooperatives.map((c) => c.handle)).toEqual(["nahl-taounate", "tin-sefrou"])

        const second = await api.get("/store/cooperatives?limit=2&offset=2&order=handle", store.storeHeaders)
        expect(second.data.cooperatives.map((c: { handle: string }) => c.handle)).toEqual(["zitoun-fes"])
      })

      it("never exposes status or moderation notes", async () => {
        const { data } = await api.get("/store/cooperatives", store.storeHeaders)
        for (const cooperative of data.cooperatives) {
          expect(cooperative).not.toHaveProperty("status")
          expect(cooperative).not.toHaveProperty("status_reason")
        }
        const asked = await api.get("/store/cooperatives?fields=id,status,status_reason", store.storeHeaders)
        expect(asked.data.cooperatives[0]).toEqual({ id: expect.any(String) })
      })

      it("filters by province, region and sector", async () => {
        const byProvince = await api.get("/store/cooperatives?province=sefrou", store.storeHeaders)
        expect(byProvince.data.cooperatives.map((c: { handle: string }) => c.handle)).toEqual(["tin-sefrou"])

        const bySector = await api.get("/store/cooperatives?sector=olive-oil", store.storeHeaders)
        expect(bySector.data.cooperatives.map((c: { handle: string }) => c.handle)).toEqual(["zitoun-fes"])

        const byRegion = await api.get("/store/cooperatives?region=fes-meknes", store.storeHeaders)
        expect(byRegion.data.count).toBe(3)
        const otherRegion = await api.get("/store/cooperatives?region=01", store.storeHeaders)
        expect(otherRegion.data.count).toBe(0)
      })

      it("refuses unknown filters with a 400 naming the field", async () => {
        for (const [param, field] of [
          ["sector=cars", "sector"],
          ["province=atlantis", "province"],
          ["limit=-1", "limit"],
          ["limit=1000", "limit"],
          ["offset=abc", "offset"],
        ]) {
          const response = await api
            .get(`/store/cooperatives?${param}`, store.storeHeaders)
            .catch((error: { response: unknown }) => error.response)
          expect(response.status).toBe(400)
          expect(response.data.errors.map((error: { field: string }) => error.field)).toEqual([field])
        }
      })

      it("returns text in the requested locale, Arabic by default", async () => {
        const arabic = await api.get("/store/cooperatives?province=taounate", store.storeHeaders)
        const coop = arabic.data.cooperatives.find((c: { handle: string }) => c.handle === "nahl-taounate")
        expect(coop.story).toBe("قصة التعاونية")
        expect(coop.name).toMatch(/^تعاونية/)

        const french = await api.get("/store/cooperatives?province=taounate&locale=fr-MA", store.storeHeaders)
        expect(french.data.cooperatives[0].story).toBe("L'histoire de la coopérative")
        expect(french.data.cooperatives[0].name).toMatch(/^Coopérative test/)

        const english = await api.get("/store/cooperatives?province=taounate", {
          headers: { ...store.storeHeaders.headers, "x-medusa-locale": "en-US" },
        })
        expect(english.data.cooperatives[0].story).toBe("The cooperative's story")
      })

      it("names each cooperative's seller (law 31-08), place names in the requested locale", async () => {
        const french = await api.get("/store/cooperatives?province=taounate&locale=fr-MA", store.storeHeaders)
        expect(french.data.cooperatives[0].seller).toEqual({
          legal_name: expect.stringMatching(/^Coopérative test/),
          registration_number: "ODCO12/345",
          address: { commune: "Taounate", province: "Taounate", region: "Fès-Meknès" },
          phone: "+212612345678",
          email: "contact@nahl-taounate.example",
        })
        const arabic = await api.get("/store/cooperatives?province=taounate", store.storeHeaders)
        expect(arabic.data.cooperatives[0].seller.address).toEqual({ commune: "تاونات", province: "تاونات", region: "جهة فاس مكناس" })

        // Without an email, the seller says so (null) rather than leaving the field out.
        const figsSeller = await api.get("/store/cooperatives?province=sefrou", store.storeHeaders)
        expect(figsSeller.data.cooperatives[0].seller.email).toBeNull()
        expect(figsSeller.data.cooperatives[0].contact_email).toBeNull()
      })
    })

    describe("GET /store/cooperatives/:handle", () => {
      it("returns the cooperative with its published products, priced for the region", async () => {
        const container = getContainer()
        await createCooperativeProduct(container, store, honey.id, { title: "عسل الزعتر", handle: "thyme-honey", price: 180 })
        await createCooperativeProduct(container, store, figs.id, { title: "تين مجفف", handle: "dried-figs", price: 90 })

        const { status, data } = await api.get(
          `/store/cooperatives/nahl-taounate?region_id=${store.regionId}`,
          store.storeHeaders
        )
        expect(status).toBe(200)
        const body: StoreCooperativeResponse = data
        expect(body.cooperative.handle).toBe("nahl-taounate")
        expect(body.cooperative.contact_phone).toBe("+212612345678")
        expect(body.cooperative.contact_email).toBe("contact@nahl-taounate.example")
        expect(body.cooperative.seller).toEqual({
          legal_name: body.cooperative.name,
          registration_number: "ODCO12/345",
          address: { commune: "تاونات", province: "تاونات", region: "جهة فاس مكناس" },
          phone: "+212612345678",
          email: "contact@nahl-taounate.example",
        })
        expect(body.products.map((p) => p.handle)).toEqual(["thyme-honey"])
        expect(body.products[0].variants?.[0].calculated_price?.calculated_amount).toBe(180)
      })

      it("translates the cooperative's products too", async () => {
        const container = getContainer()
        const product = await createCooperativeProduct(container, store, honey.id, {
          title: "عسل الزعتر",
          handle: "thyme-honey",
        })
        await createTranslationsWorkflow(container).run({
          input: {
            translations: [
              { reference: "product", reference_id: product.id, locale_code: "fr-MA", translations: { title: "Miel de thym" } },
            ],
          },
        })
        const { data } = await api.get("/store/cooperatives/nahl-taounate?locale=fr-MA", store.storeHeaders)
        expect(data.products[0].title).toBe("Miel de thym")
        expect(data.cooperative.seller.legal_name).toMatch(/^Coopérative test/)
        expect(data.cooperative.seller.address).toEqual({ commune: "Taounate", province: "Taounate", region: "Fès-Meknès" })
      })

      it("answers 404 for an unknown, pending or suspended cooperative", async () => {
        for (const handle of ["nobody", "pending-coop", "suspended-coop"]) {
          const response = await api
            .get(`/store/cooperatives/${handle}`, store.storeHeaders)
            .catch((error: { response: unknown }) => error.response)
          expect(response.status).toBe(404)
        }
      })
    })

    describe("products of a cooperative that is not approved", () => {
      it("never reach the store, whatever the query", async () => {
        const container = getContainer()
        const visible = await createCooperativeProduct(container, store, honey.id, { title: "Visible honey", handle: "visible-honey" })
        const hidden = await createCooperativeProduct(container, store, pending.id, { title: "Hidden honey", handle: "hidden-honey" })

        const queries = [
          "/store/products",
          "/store/products?q=honey",
          "/store/products?handle=hidden-honey",
          `/store/products?id[]=${hidden.id}`,
          `/store/products?sales_channel_id[]=${store.salesChannelId}`,
          `/store/products?region_id=${store.regionId}&fields=*variants.calculated_price`,
          "/store/products?fields=+cooperative.handle",
        ]
        for (const url of queries) {
          const { data } = await api.get(url, store.storeHeaders)
          const handles = data.products.map((p: { handle: string }) => p.handle)
          expect(handles).not.toContain("hidden-honey")
        }
        const all = await api.get("/store/products", store.storeHeaders)
        expect(all.data.products.map((p: { handle: string }) => p.handle)).toContain(visible.handle)

        const single = await api
          .get(`/store/products/${hidden.id}`, store.storeHeaders)
          .catch((error: { response: unknown }) => error.response)
        expect(single.status).toBe(404)
      })
    })

    describe("products carry their cooperative", () => {
      it("with public fields only", async () => {
        const container = getContainer()
        await createCooperativeProduct(container, store, honey.id, { title: "عسل", handle: "honey-jar" })
        const { data } = await api.get(
          "/store/products?fields=+cooperative.handle,+cooperative.name,+cooperative.province&locale=en-US",
          store.storeHeaders
        )
        expect(data.products[0].cooperative).toEqual(
          expect.objectContaining({ handle: "nahl-taounate", province: "taounate", name: expect.stringMatching(/^Test cooperative/) })
        )
        const forbidden = await api.get(
          "/store/products?fields=id,+cooperative.status,+cooperative.status_reason,*cooperative",
          store.storeHeaders
        )
        expect(forbidden.data.products[0].cooperative).toBeUndefined()
      })

      it("with the seller's identity when asked (law 31-08)", async () => {
        const container = getContainer()
        await createCooperativeProduct(container, store, honey.id, { title: "عسل", handle: "honey-jar" })
        const fields = ["legal_registration_number", "region", "contact_phone", "contact_email"].map((field) => `+cooperative.${field}`)
        const { data } = await api.get(`/store/products?fields=${fields.join(",")}`, store.storeHeaders)
        expect(data.products[0].cooperative).toEqual(
          expect.objectContaining({
            legal_registration_number: "ODCO12/345",
            region: "03",
            contact_phone: "+212612345678",
            contact_email: "contact@nahl-taounate.example",
          })
        )
      })
    })
  },
})
