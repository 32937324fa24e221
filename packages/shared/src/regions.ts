import data from "./data/morocco-geography.json"
import type { Locale, LocalizedText } from "./locales"

export type ProvinceKind = "province" | "prefecture"

export type Province = {
  /** Stable slug of the French name, e.g. "taounate". */
  code: string
  kind: ProvinceKind
  name: LocalizedText
}

export type Region = {
  /** Decree 2-15-40 order, also ISO 3166-2 MA-01..MA-12. */
  code: string
  /** Stable slug of the French name, e.g. "fes-meknes". */
  slug: string
  name: LocalizedText
  provinces: Province[]
}

export const REGIONS: readonly Region[] = data.regions as Region[]

const provinceIndex = new Map<string, { province: Province; region: Region }>()
for (const region of REGIONS) {
  for (const province of region.provinces) {
    provinceIndex.set(province.code, { province, region })
  }
}

export function findRegion(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code || region.slug === code)
}

export function findProvince(code: string): Province | undefined {
  return provinceIndex.get(code)?.province
}

export function regionOfProvince(code: string): Region | undefined {
  return provinceIndex.get(code)?.region
}

/** True when the province or prefecture belongs to the region (given by code or slug). */
export function isProvinceInRegion(provinceCode: string, regionCode: string): boolean {
  const region = provinceIndex.get(provinceCode)?.region
  return !!region && (region.code === regionCode || region.slug === regionCode)
}

export function provinceName(code: string, locale: Locale): string | undefined {
  return provinceIndex.get(code)?.province.name[locale]
}

export function regionName(code: string, locale: Locale): string | undefined {
  return findRegion(code)?.name[locale]
}
