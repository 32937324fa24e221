import type { LocalizedText } from "@tadamon/shared"
import type { ImageSpec } from "./images"

/** One variant: its option value (also its title), price in MAD (major units) and stock on hand. */
export type SeedVariant = {
  /** Appended to the product's SKU stem: "TDM-HON-THY-250G". */
  code: string
  value: LocalizedText
  price: number
  stock: number
}

/** A demo product with one option. Arabic is stored; French and English become translations. */
export type SeedProduct = {
  handle: string
  /** Handle of the cooperative that makes it. */
  cooperative: string
  /** Category handles. */
  categories: string[]
  /** SKU stem, e.g. "HON-THY". */
  sku: string
  image: ImageSpec
  title: LocalizedText
  subtitle?: LocalizedText
  description: LocalizedText
  option: LocalizedText
  variants: SeedVariant[]
}

export const OPTION = {
  weight: { ar: "الوزن", fr: "Poids", en: "Weight" },
  volume: { ar: "السعة", fr: "Contenance", en: "Volume" },
  size: { ar: "المقاس", fr: "Dimensions", en: "Size" },
  quantity: { ar: "العدد", fr: "Quantité", en: "Quantity" },
} satisfies Record<string, LocalizedText>

export function variantSku(product: SeedProduct, variant: SeedVariant): string {
  return `TDM-${product.sku}-${variant.code}`
}

export function grams(weight: number, price: number, stock: number): SeedVariant {
  if (weight >= 1000) {
    const kg = weight / 1000
    return { code: `${kg}KG`, value: { ar: `${kg} كغ`, fr: `${kg} kg`, en: `${kg} kg` }, price, stock }
  }
  return { code: `${weight}G`, value: { ar: `${weight} غ`, fr: `${weight} g`, en: `${weight} g` }, price, stock }
}

const LITRES: Record<string, LocalizedText> = {
  "0.5": { ar: "0,5 لتر", fr: "0,5 L", en: "0.5 L" },
  "1": { ar: "1 لتر", fr: "1 L", en: "1 L" },
  "5": { ar: "5 لترات", fr: "5 L", en: "5 L" },
}

export function litres(volume: 0.5 | 1 | 5, price: number, stock: number): SeedVariant {
  return { code: `${String(volume).replace(".", "")}L`, value: LITRES[String(volume)], price, stock }
}

/** A size in centimetres, optionally named ("Small (15 × 10 cm)"). */
export function centimetres(width: number, height: number, price: number, stock: number, name?: LocalizedText): SeedVariant {
  const dims = `${width} × ${height}`
  const value = name
    ? { ar: `${name.ar} (${dims} سم)`, fr: `${name.fr} (${dims} cm)`, en: `${name.en} (${dims} cm)` }
    : { ar: `${dims} سم`, fr: `${dims} cm`, en: `${dims} cm` }
  return { code: `${width}X${height}`, value, price, stock }
}

/** A set of `count` pieces; the label is written out because Arabic counted nouns agree with the number. */
export function pieces(count: number, value: LocalizedText, price: number, stock: number): SeedVariant {
  return { code: `${count}PC`, value, price, stock }
}
