import aliasData from "./data/morocco-province-aliases.json"
import cityData from "./data/morocco-cities.json"
import { REGIONS, type Province } from "./regions"
import type { LocalizedText } from "./locales"
import { placeKey } from "./place-names"

/**
 * Reading a province or prefecture, or the city of an address, as a person types it, in Arabic,
 * French or English: "Fès", "FES", "Fez", "فاس", "إقليم فاس", "Province de Fès" are all `fes`.
 */

export type City = {
  /** Code of the province or prefecture the town belongs to. */
  province: string
  name: LocalizedText
  /** Other spellings people use. */
  aliases?: string[]
}

/** The main cities and towns of each province, with their names in the three languages. */
export const CITIES: readonly City[] = cityData.cities

const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = aliasData.aliases

/** Key → the province codes it names; a key naming two provinces answers none. */
type Index = Map<string, Set<string>>

function add(index: Index, name: string, code: string) {
  const key = placeKey(name)
  if (!key) {
    return
  }
  const codes = index.get(key) ?? new Set<string>()
  codes.add(code)
  index.set(key, codes)
}

function lookUp(index: Index, text: unknown): string | undefined {
  if (typeof text !== "string") {
    return undefined
  }
  const codes = index.get(placeKey(text))
  return codes?.size === 1 ? [...codes][0] : undefined
}

const provinceIndex: Index = new Map()
const provinces: Province[] = REGIONS.flatMap((region) => region.provinces)
for (const province of provinces) {
  for (const name of [province.code, province.name.ar, province.name.fr, province.name.en, ...(PROVINCE_ALIASES[province.code] ?? [])]) {
    add(provinceIndex, name, province.code)
  }
}

const cityIndex: Index = new Map()
for (const city of CITIES) {
  for (const name of [city.name.ar, city.name.fr, city.name.en, ...(city.aliases ?? [])]) {
    add(cityIndex, name, city.province)
  }
}

/**
 * The code of the province or prefecture `text` names: its code, its name in Arabic, French or
 * English, or a common spelling ("Fez", "Tetuan", "Dar el Beida", "Dakhla"), whatever the case,
 * accents, hamza, tashkeel, article or "Province de …" / "إقليم …" around it. Undefined when the
 * text names no province (or could be two).
 */
export function resolveProvince(text: unknown): string | undefined {
  return lookUp(provinceIndex, text)
}

/** The province of a known town ("Ghafsai" → "taounate"), when the name points to one province only. */
export function provinceOfCity(city: unknown): string | undefined {
  return lookUp(cityIndex, city)
}

/**
 * What an address's province field means: a province (by name, code or spelling), else a known
 * town typed in its place ("Azrou" → "ifrane"). Undefined when neither.
 */
export function resolveProvinceField(text: unknown): string | undefined {
  return resolveProvince(text) ?? provinceOfCity(text)
}

/** Keys that name more than one province: kept empty by the tests, so every alias resolves. */
export function ambiguousPlaceKeys(): { provinces: string[]; cities: string[] } {
  const ambiguous = (index: Index) => [...index].filter(([, codes]) => codes.size > 1).map(([key, codes]) => `${key}: ${[...codes].join(", ")}`)
  return { provinces: ambiguous(provinceIndex), cities: ambiguous(cityIndex) }
}
