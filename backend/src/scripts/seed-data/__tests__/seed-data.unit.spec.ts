import { FOOD_SECTORS, LOCALES, isMoroccanMobile, isProvinceInRegion, isSector } from "@tadamon/shared"
import { flattenCategories } from "../categories"
import { COOPERATIVES, REGION_CODE } from "../cooperatives"
import { PRODUCTS, variantSku } from "../products"
import { SHIPPING_RATES } from "../shipping"

const texts = (value: Record<string, string>) => LOCALES.map((locale) => value[locale]?.trim())

describe("demo seed data", () => {
  it("has at least 8 approved cooperatives and one pending, valid and unique", () => {
    expect(COOPERATIVES.filter((c) => c.status === "approved").length).toBeGreaterThanOrEqual(8)
    expect(COOPERATIVES.filter((c) => c.status === "pending")).toHaveLength(1)
    expect(new Set(COOPERATIVES.map((c) => c.handle)).size).toBe(COOPERATIVES.length)
    expect(new Set(COOPERATIVES.map((c) => c.legal_registration_number)).size).toBe(COOPERATIVES.length)
    for (const cooperative of COOPERATIVES) {
      expect(isProvinceInRegion(cooperative.province, REGION_CODE)).toBe(true)
      expect(isSector(cooperative.sector)).toBe(true)
      expect(isMoroccanMobile(cooperative.contact_phone)).toBe(true)
      expect(cooperative.women_member_count).toBeLessThanOrEqual(cooperative.member_count)
      expect(cooperative.legal_registration_number).toMatch(/^DEMO-/)
      for (const field of [cooperative.name, cooperative.commune, cooperative.story]) {
        expect(texts(field).every(Boolean)).toBe(true)
      }
    }
    expect(COOPERATIVES.filter((c) => c.province === "taounate").length).toBeGreaterThanOrEqual(5)
  })

  it("has at least 30 products, each in three languages, with priced variants and known references", () => {
    const cooperatives = new Map(COOPERATIVES.map((c) => [c.handle, c]))
    const categories = new Set(flattenCategories().map((c) => c.handle))
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(30)
    expect(new Set(PRODUCTS.map((p) => p.handle)).size).toBe(PRODUCTS.length)
    const skus = PRODUCTS.flatMap((p) => p.variants.map((v) => variantSku(p, v)))
    expect(new Set(skus).size).toBe(skus.length)

    for (const product of PRODUCTS) {
      expect(cooperatives.has(product.cooperative)).toBe(true)
      expect(product.categories.every((handle) => categories.has(handle))).toBe(true)
      for (const field of [product.title, product.description, product.option]) {
        expect(texts(field).every(Boolean)).toBe(true)
      }
      expect(product.variants.length).toBeGreaterThanOrEqual(1)
      for (const variant of product.variants) {
        expect(variant.price).toBeGreaterThan(0)
        expect(variant.stock).toBeGreaterThanOrEqual(0)
        expect(texts(variant.value).every(Boolean)).toBe(true)
      }
    }
  })

  it("names every category in three languages, including the crafts subcategories", () => {
    const all = flattenCategories()
    for (const handle of ["honey", "figs-dried-fruit", "herbs", "olive-oil", "crafts", "weaving", "woodwork", "sewing-embroidery"]) {
      expect(all.map((c) => c.handle)).toContain(handle)
    }
    for (const category of all) {
      expect(texts(category.name).every(Boolean)).toBe(true)
    }
  })

  it("gives every food cooperative's products a food category", () => {
    const foodCategories = new Set(["honey", "figs-dried-fruit", "herbs", "olive-oil"])
    for (const product of PRODUCTS) {
      const maker = COOPERATIVES.find((c) => c.handle === product.cooperative)!
      if (FOOD_SECTORS.includes(maker.sector)) {
        expect(product.categories.some((c) => foodCategories.has(c))).toBe(true)
      }
    }
  })

  it("gives every cooperative its shipping rates: Amana dearer than home delivery, sensible thresholds", () => {
    expect(Object.keys(SHIPPING_RATES).sort()).toEqual(COOPERATIVES.map((c) => c.handle).sort())
    for (const rates of Object.values(SHIPPING_RATES)) {
      expect(rates.amana).toBeGreaterThanOrEqual(30)
      expect(rates.amana).toBeLessThanOrEqual(50)
      expect(rates.home_delivery).toBeLessThan(rates.amana)
      if (rates.free_above !== null) {
        expect(rates.free_above).toBeGreaterThan(rates.amana)
      }
    }
  })
})
