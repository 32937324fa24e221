import { test } from "node:test"
import assert from "node:assert/strict"
import { REGIONS, findProvince, isProvinceInRegion, provinceName, regionOfProvince } from "./regions"

test("holds the 12 regions and 75 provinces and prefectures", () => {
  assert.equal(REGIONS.length, 12)
  const provinces = REGIONS.flatMap((region) => region.provinces)
  assert.equal(provinces.length, 75)
  assert.equal(provinces.filter((p) => p.kind === "prefecture").length, 13)
  assert.equal(new Set(provinces.map((p) => p.code)).size, 75)
})

test("every name exists in Arabic, French and English", () => {
  for (const region of REGIONS) {
    for (const named of [region, ...region.provinces]) {
      for (const locale of ["ar", "fr", "en"] as const) {
        assert.ok(named.name[locale]?.trim(), `${locale} name of ${JSON.stringify(named.name)}`)
      }
    }
  }
})

test("Taounate is a province of Fès-Meknès", () => {
  assert.equal(findProvince("taounate")?.kind, "province")
  assert.equal(regionOfProvince("taounate")?.code, "03")
  assert.ok(isProvinceInRegion("taounate", "fes-meknes"))
  assert.ok(!isProvinceInRegion("taounate", "01"))
  assert.equal(provinceName("taounate", "ar"), "تاونات")
})
