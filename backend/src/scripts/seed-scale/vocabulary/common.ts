import type { LocalizedText, Sector } from "@tadamon/shared"
import { centimetres, grams, litres, OPTION, pieces, type SeedVariant } from "../../seed-data/variants"


/**
 * The words the benchmark catalog is written with, in Arabic (stored) with French and English
 * (translations). Kinds are the products Moroccan cooperatives sell; each borrows the pictures of
 * the demo product it resembles. Phrases avoid grammatical agreement with the product's noun, so
 * any phrase goes with any kind. `{cooperative}` and `{where}` are filled in per product.
 */

export type ProductKind = {
  code: string
  sector: Sector
  /** Demo category handles. */
  categories: string[]
  /** Handle of the demo product whose pictures it shows. */
  looksLike: string
  title: LocalizedText
  description: LocalizedText
  option: LocalizedText
  /** Its sizes, smallest first, at base prices in MAD (a product takes 1–3 neighbours and varies prices). */
  ladder: SeedVariant[]
  /** Sentences a description may add, when the sector's (SECTOR_SENTENCES) do not fit this kind. */
  notes?: LocalizedText[]
}

export const PRESERVE: LocalizedText[] = [
  { ar: "بدون مواد حافظة ولا ملونات.", fr: "Sans conservateur ni colorant.", en: "No preservatives or colourings." },
  { ar: "يحفظ في الثلاجة بعد الفتح.", fr: "Au réfrigérateur après ouverture.", en: "Refrigerate after opening." },
]
export const OLIVES: LocalizedText[] = [
  { ar: "زيتون من أشجار بعلية تسقى بماء المطر وحده.", fr: "Des olives d'arbres non irrigués, nourris de la seule pluie.", en: "Olives from rain-fed trees, never irrigated." },
  { ar: "يحفظ في محلوله، وفي الثلاجة بعد الفتح.", fr: "À conserver dans sa saumure, au réfrigérateur après ouverture.", en: "Keep in its brine, refrigerated once opened." },
]
export const SOAP: LocalizedText[] = [
  { ar: "بدون ملونات ولا عطور صناعية.", fr: "Sans colorant ni parfum de synthèse.", en: "No colourings or synthetic fragrance." },
  { ar: "يستعمل مع قفاز الحمام (الكيس).", fr: "S'utilise avec le gant de gommage (kessa).", en: "Use with a hammam scrubbing mitt (kessa)." },
]

export const g = (weight: number, price: number) => grams(weight, price, 0)
export const l = (volume: 0.5 | 1 | 5, price: number) => litres(volume, price, 0)
export const cm = (width: number, height: number, price: number) => centimetres(width, height, price, 0)

export { OPTION, pieces }
