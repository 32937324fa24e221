import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createProductCategoriesWorkflow,
  createTranslationsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { StoreSearchResponse } from "@tadamon/shared"
import { indexSearchDocumentsWorkflow } from "../../../../src/workflows/search/index-search-documents"
import { createCooperative, createCooperativeProduct, createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"

jest.setTimeout(180 * 1000)

type Product = { id: string; handle: string }

/** Waits until `read` answers something `done` accepts (events index in the background), for up to 20 s. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setImmediate(resolve))
    value = await read()
  }
  return value
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let thymeHoney: Product
    let figs: Product
    let oil: Product
    let draftHoney: Product
    let suspendedHoney: Product

    const search = async (query: string): Promise<StoreSearchResponse> => {
      const { data } = await api.get(`/store/search?${query}`, store.storeHeaders)
      return data
    }
    const top3 = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).product_ids.slice(0, 3)

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      const honeyCoop = await createCooperative(container, {
        handle: "nahl-ghafsai",
        name: "تعاونية نحل غفساي",
        province: "taounate",
        translations: { fr: { name: "Coopérative Nahl Ghafsai" }, en: { name: "Nahl Ghafsai cooperative" } },
      })
      const figCoop = await createCooperative(container, { handle: "tin-taounate", sector: "figs-dried-fruit", province: "taounate" })
      const oilCoop = await createCooperative(container, { handle: "zitoun-fes", sector: "olive-oil", province: "fes" })
      const suspended = await createCooperative(container, { handle: "suspended-coop", status: "suspended" })

      thymeHoney = await createCooperativeProduct(container, store, honeyCoop.id, { title: "عسل الزعتر", handle: "thyme-honey", price: 180 })
      figs = await createCooperativeProduct(container, store, figCoop.id, { title: "تين مجفف نابوت", handle: "nabout-figs", price: 90 })
      oil = await createCooperativeProduct(container, store, oilCoop.id, { title: "زيت الزيتون البكر", handle: "virgin-olive-oil", price: 120, stock: 0 })
      draftHoney = await createCooperativeProduct(container, store, honeyCoop.id, { title: "عسل الدغموس", handle: "euphorbia-honey" })
      suspendedHoney = await createCooperativeProduct(container, store, suspended.id, { title: "عسل السدر", handle: "jujube-honey" })
      await updateProductsWorkflow(container).run({ input: { selector: { id: draftHoney.id }, update: { status: "draft" } } })

      const translated = (id: string, fr: string, en: string) => [
        { reference: "product", reference_id: id, locale_code: "fr-MA", translations: { title: fr, description: fr } },
        { reference: "product", reference_id: id, locale_code: "en-US", translations: { title: en, description: en } },
      ]
      await createTranslationsWorkflow(container).run({
        input: {
          translations: [
            ...translated(thymeHoney.id, "Miel de thym", "Thyme honey"),
            ...translated(figs.id, "Figues sèches Nabout de Taounate", "Dried Nabout figs"),
            ...translated(oil.id, "Huile d'olive vierge", "Virgin olive oil"),
          ],
        },
      })
      // The events above index in the background; the rebuild makes the starting point certain.
      await indexSearchDocumentsWorkflow(container).run({ input: { all: true } })
    })

    it("finds Arabic as people type it: with or without «ال», tashkeel, tatweel, hamza forms, words in any order, a typo", async () => {
      for (const query of ["زعتر", "الزعتر", "عسل الزعتر", "الزعتر العسل", "عَسَل الزَّعْتَر", "عســل زعتر", "زعتز"]) {
        expect({ query, top: await top3(query) }).toEqual({ query, top: expect.arrayContaining([thymeHoney.id]) })
      }
      expect(await top3("زيت الزيتونة")).toContain(oil.id)
    })

    it("finds French and English whatever the accents, case, plural or a swapped letter, and transliterations", async () => {
      const expectations: Array<[string, Product]> = [
        ["figues seches", figs],
        ["FIGUE SÈCHE", figs],
        ["fiuges", figs],
        ["huile olive", oil],
        ["l'huile d'olive", oil],
        ["thyme honey", thymeHoney],
        ["hony", thymeHoney],
        ["olive oil", oil],
        ["dried fig", figs],
        ["zaatar", thymeHoney],
        ["za'atar", thymeHoney],
        ["nabout", figs],
        ["Taounate", figs],
      ]
      for (const [query, product] of expectations) {
        expect({ query, top: await top3(query) }).toEqual({ query, top: expect.arrayContaining([product.id]) })
      }
      expect((await search("q=miel")).product_ids[0]).toBe(thymeHoney.id)
      expect((await search("q=xyzzy")).count).toBe(0)
    })

    it("never returns what the store hides: drafts and products of a suspended cooperative", async () => {
      const honey = await search("q=عسل")
      expect(honey.product_ids).toEqual([thymeHoney.id])
      expect(honey.count).toBe(1)
      expect((await search("q=الدغموس")).product_ids).toEqual([])
      expect((await search("q=السدر")).product_ids).toEqual([])
      const everything = await search("limit=48")
      expect(everything.product_ids).not.toContain(draftHoney.id)
      expect(everything.product_ids).not.toContain(suspendedHoney.id)
      expect(everything.cooperatives).toEqual([])
      const otherChannel = await api
        .get("/store/search?q=honey", { headers: { "x-publishable-api-key": "pk_unknown" } })
        .catch((error: { response: { status: number } }) => error.response)
      expect(otherChannel.status).toBeGreaterThanOrEqual(400)
      expect(otherChannel.status).toBeLessThan(500)
    })

    it("counts facets under the other filters, filters by several values, and sorts", async () => {
      const all = await search("")
      expect(all.count).toBe(3)
      expect(all.facets.cooperative).toEqual(
        expect.arrayContaining([
          { value: "nahl-ghafsai", count: 1 },
          { value: "tin-taounate", count: 1 },
          { value: "zitoun-fes", count: 1 },
        ])
      )
      expect(all.facets.province).toEqual([
        { value: "taounate", count: 2 },
        { value: "fes", count: 1 },
      ])
      expect(all.facets.in_stock).toBe(2)
      expect(all.facets.price).toEqual({ min: 90, max: 180 })

      const taounate = await search("province=taounate")
      expect(taounate.count).toBe(2)
      expect(taounate.facets.province).toEqual([
        { value: "taounate", count: 2 },
        { value: "fes", count: 1 },
      ])
      expect(taounate.facets.cooperative.map((facet) => facet.value).sort()).toEqual(["nahl-ghafsai", "tin-taounate"])
      expect((await search("province=taounate,fes")).count).toBe(3)
      expect((await search("in_stock=true")).product_ids.sort()).toEqual([thymeHoney.id, figs.id].sort())
      expect((await search("price_min=100&price_max=150")).product_ids).toEqual([oil.id])
      expect((await search("sort=price_asc")).product_ids).toEqual([figs.id, oil.id, thymeHoney.id])
      expect((await search("sort=price_desc")).product_ids).toEqual([thymeHoney.id, oil.id, figs.id])
      expect((await search("sort=price_asc&limit=1&offset=1")).product_ids).toEqual([oil.id])

      const container = getContainer()
      const {
        result: [pantry],
      } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "مؤونة", handle: "pantry", is_active: true }] },
      })
      const {
        result: [driedFruit],
      } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "فواكه مجففة", handle: "dried-fruit", parent_category_id: pantry.id, is_active: true }] },
      })
      await updateProductsWorkflow(container).run({ input: { selector: { id: figs.id }, update: { category_ids: [driedFruit.id] } } })
      const inPantry = await until(
        () => search("category=pantry"),
        (result) => result.count === 1
      )
      expect(inPantry.product_ids).toEqual([figs.id])
      expect(inPantry.facets.category).toEqual(
        expect.arrayContaining([
          { value: "pantry", count: 1 },
          { value: "dried-fruit", count: 1 },
        ])
      )
      expect((await search("q=فواكه")).product_ids).toEqual([figs.id])
    })

    it("shows matching cooperatives by name in the request's language", async () => {
      const { cooperatives } = await search("q=nahl")
      expect(cooperatives.map((cooperative) => cooperative.handle)).toEqual(["nahl-ghafsai"])
      const french = await api.get("/store/search?q=غفساي", { headers: { ...store.storeHeaders.headers, "x-medusa-locale": "fr-MA" } })
      expect(french.data.cooperatives).toEqual([
        { id: expect.any(String), handle: "nahl-ghafsai", name: "Coopérative Nahl Ghafsai", province: "taounate" },
      ])
      const named = await search(`q=${encodeURIComponent("تعاونية الاختبار")}`)
      expect(named.cooperatives.map((cooperative) => cooperative.handle).sort()).toEqual(["tin-taounate", "zitoun-fes"])
    })

    it("stays fresh: a product hidden, edited or published again is gone or found within the event's processing", async () => {
      const container = getContainer()
      await updateProductsWorkflow(container).run({ input: { selector: { id: thymeHoney.id }, update: { status: "draft" } } })
      const hidden = await until(
        () => search("q=zaatar"),
        (result) => !result.product_ids.includes(thymeHoney.id)
      )
      expect(hidden.product_ids).not.toContain(thymeHoney.id)

      await updateProductsWorkflow(container).run({ input: { selector: { id: figs.id }, update: { title: "تين مجفف كرموس بلدي" } } })
      const edited = await until(
        () => search("q=بلدي"),
        (result) => result.product_ids.includes(figs.id)
      )
      expect(edited.product_ids).toEqual([figs.id])

      await updateProductsWorkflow(container).run({ input: { selector: { id: draftHoney.id }, update: { status: "published" } } })
      const published = await until(
        () => search("q=الدغموس"),
        (result) => result.product_ids.includes(draftHoney.id)
      )
      expect(published.product_ids).toEqual([draftHoney.id])
    })

    it("answers bad parameters with a 400 naming the field, and odd text with results, never a 500", async () => {
      for (const [param, field] of [
        [`q=${"م".repeat(201)}`, "q"],
        ["label=gold", "label"],
        ["price_min=100&price_max=50", "price_max"],
        ["price_min=-1", "price_min"],
        ["limit=1000", "limit"],
        ["offset=abc", "offset"],
        ["sort=cheapest", "sort"],
        ["in_stock=maybe", "in_stock"],
      ]) {
        const response = await api.get(`/store/search?${param}`, store.storeHeaders).catch((error: { response: unknown }) => error.response)
        expect({ param, status: response.status }).toEqual({ param, status: 400 })
        // A list parameter names the value at fault: `label.0`.
        expect(response.data.errors.map((error: { field: string }) => error.field.split(".")[0])).toContain(field)
      }
      for (const q of ["%", "_", "\\", '"', "'", "{}", "a,b", "ـــ", "   ", "' OR 1=1 --", "\u202e", "🍯"]) {
        const response = await api.get(`/store/search?q=${encodeURIComponent(q)}`, store.storeHeaders)
        expect({ q, status: response.status }).toEqual({ q, status: 200 })
      }
    })
  },
})
