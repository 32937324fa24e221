import { isMoroccanMobile, isProvinceInRegion, isSector, LOCALES } from "@tadamon/shared"
import { flattenCategories } from "../../seed-data/categories"
import { COOPERATIVES } from "../../seed-data/cooperatives"
import { PRODUCTS, variantSku } from "../../seed-data/products"
import {
  cooperativeOf,
  cooperativePool,
  generatedCooperatives,
  generatedProduct,
  GENERATED_COOPERATIVE_COUNT,
  parseProductCount,
  productBatches,
} from "../generate"
import { productTranslations } from "../../seed-data/translations"

const texts = (value: Record<string, string>) => LOCALES.map((locale) => value[locale]?.trim())
const SAMPLE = Array.from({ length: 1000 }, (_, index) => index + 1)

describe("benchmark catalog generator", () => {
  it("gives the same products and cooperatives every time, without Math.random", () => {
    const random = jest.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random is not deterministic")
    })
    try {
      expect(generatedProduct(42)).toEqual(generatedProduct(42))
      expect(generatedCooperatives(5)).toEqual(generatedCooperatives(5))
      expect(generatedProduct(1)).not.toEqual(generatedProduct(2))
    } finally {
      random.mockRestore()
    }
  })

  it("keeps a product's content whatever the total: a larger run tops a smaller one up", () => {
    const small = productBatches(500, 250).flatMap((batch) => batch.numbers)
    const large = new Set(productBatches(2000, 250).flatMap((batch) => batch.numbers))
    expect(small.every((n) => large.has(n))).toBe(true)
    expect(large.size).toBe(2000)
  })

  it("batches every product once, one cooperative per batch, at most the batch size", () => {
    const batches = productBatches(1000, 100)
    const numbers = batches.flatMap((batch) => batch.numbers)
    expect(numbers.sort((a, b) => a - b)).toEqual(SAMPLE)
    for (const batch of batches) {
      expect(batch.numbers.length).toBeGreaterThan(0)
      expect(batch.numbers.length).toBeLessThanOrEqual(100)
      expect(batch.numbers.every((n) => cooperativeOf(n) === batch.cooperative)).toBe(true)
    }
  })

  it("writes every product in three languages, with 1–3 priced variants, known categories and unique handles and SKUs", () => {
    const categories = new Set(flattenCategories().map((category) => category.handle))
    const demoHandles = new Set(PRODUCTS.map((product) => product.handle))
    const makers = new Map(cooperativePool().map((cooperative) => [cooperative.handle, cooperative]))
    const products = SAMPLE.map(generatedProduct)
    expect(new Set(products.map((product) => product.handle)).size).toBe(products.length)
    const skus = products.flatMap((product) => product.variants.map((variant) => variantSku(product, variant)))
    expect(new Set(skus).size).toBe(skus.length)

    for (const product of products) {
      const maker = makers.get(product.cooperative)
      expect(maker?.status).toBe("approved")
      expect(product.cooperative).toBe(cooperativeOf(Number(product.handle.slice("gen-".length))))
      expect(product.categories.length).toBeGreaterThan(0)
      expect(product.categories.every((handle) => categories.has(handle))).toBe(true)
      // A maker's products are of its trade: a honey cooperative's are in the honey category.
      expect(maker?.sector === "crafts" ? product.categories.includes("crafts") : product.categories.includes(maker?.sector ?? "")).toBe(true)
      expect(demoHandles.has(product.looksLike)).toBe(true)
      for (const field of [product.title, product.description, product.option, ...(product.subtitle ? [product.subtitle] : [])]) {
        expect(texts(field).every(Boolean)).toBe(true)
        expect(Object.values(field).join(" ")).not.toMatch(/[{}]|undefined/)
      }
      expect(product.variants.length).toBeGreaterThanOrEqual(1)
      expect(product.variants.length).toBeLessThanOrEqual(3)
      expect(new Set(product.variants.map((variant) => variant.value.ar)).size).toBe(product.variants.length)
      for (const variant of product.variants) {
        expect(variant.price).toBeGreaterThan(0)
        expect(variant.price % 5).toBe(0)
        expect(Number.isInteger(variant.stock) && variant.stock >= 0).toBe(true)
        expect(texts(variant.value).every(Boolean)).toBe(true)
      }
    }
    // Every province of the makers shows up in the text, in Arabic, French and English.
    const honey = products.find((product) => product.title.en.startsWith("Thyme honey from"))
    expect(honey?.title.ar).toMatch(/^عسل الزعتر من (إقليم|عمالة) /)
    expect(honey?.title.fr).toMatch(/^Miel de thym de la (province|préfecture) /)
  })

  it("spreads products over the demo's approved cooperatives and the generated ones", () => {
    const makers = new Set(SAMPLE.map(cooperativeOf))
    expect(cooperativePool()).toHaveLength(COOPERATIVES.filter((c) => c.status === "approved").length + GENERATED_COOPERATIVE_COUNT)
    expect(makers.size).toBeGreaterThan(cooperativePool().length * 0.9)
    expect(makers.has("nahl-ouergha")).toBe(true)
    expect(makers.has("zhour-tafrant")).toBe(false)
  })

  it("generates valid, unique, approved cooperatives across Morocco", () => {
    const cooperatives = generatedCooperatives()
    expect(cooperatives).toHaveLength(GENERATED_COOPERATIVE_COUNT)
    const known = new Set(COOPERATIVES.map((c) => c.handle))
    expect(new Set(cooperatives.map((c) => c.handle)).size).toBe(cooperatives.length)
    expect(cooperatives.some((c) => known.has(c.handle))).toBe(false)
    expect(new Set(cooperatives.map((c) => c.legal_registration_number)).size).toBe(cooperatives.length)
    expect(new Set(cooperatives.map((c) => c.region)).size).toBeGreaterThan(6)
    for (const cooperative of cooperatives) {
      expect(cooperative.status).toBe("approved")
      expect(isProvinceInRegion(cooperative.province, cooperative.region)).toBe(true)
      expect(isSector(cooperative.sector)).toBe(true)
      expect(isMoroccanMobile(cooperative.contact_phone)).toBe(true)
      expect(cooperative.women_member_count).toBeLessThanOrEqual(cooperative.member_count)
      expect(cooperative.legal_registration_number).toMatch(/^DEMO-/)
      expect(cooperative.rates.home_delivery).toBeLessThan(cooperative.rates.amana)
      for (const field of [cooperative.name, cooperative.commune, cooperative.story]) {
        expect(texts(field).every(Boolean)).toBe(true)
      }
    }
  })

  it("translates product, option, values and variants to French and English", () => {
    const product = generatedProduct(7)
    const stored = {
      id: "prod_1",
      handle: product.handle,
      options: [{ id: "opt_1", title: product.option.ar, values: product.variants.map((v, i) => ({ id: `optval_${i}`, value: v.value.ar })) }],
      variants: product.variants.map((v, i) => ({ id: `variant_${i}`, sku: variantSku(product, v) })),
    }
    const translations = productTranslations([stored], [product])
    expect(translations).toHaveLength(2 * (2 + 2 * product.variants.length))
    expect(translations).toContainEqual(
      expect.objectContaining({ reference: "product", reference_id: "prod_1", translations: expect.objectContaining({ title: product.title.fr }) })
    )
    expect(productTranslations([], [product])).toEqual([])
  })

  it("accepts a whole number of products and refuses anything else with a clear message", () => {
    expect(parseProductCount("5000")).toBe(5000)
    expect(parseProductCount(50000)).toBe(50000)
    for (const bad of ["-3", "abc", "1.5", "0", "", undefined, "1e3", "2000000", { n: 1 }]) {
      expect(() => parseProductCount(bad)).toThrow(/whole number from 1 to/)
    }
  })
})
